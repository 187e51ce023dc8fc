import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathMatcher, pathsIn } from '../../lib/paths.js';
import { clip, firstLineMatching } from '../../lib/text.js';
import { escapeRegExp } from '../../lib/regexp.js';
import signals from '../../data/standards-signals.json' with { type: 'json' };

const messages = {
  declared: 'Declared {{kind}}: {{name}}',
  evidence: 'Declared evidence of standards support: {{url}}',
  noEvidence:
    'standards.evidenceStandardSupport gives no link (validator, test suite, conformance page) proving support for {{names}}',
  emptyList: 'standards.{{answerField}} is Yes but standards.{{listField}} is empty',
  declaredNo: 'The owner declares no {{kind}}s (standards.{{answerField}}: No)',
  undeclared: 'standards.{{answerField}} is {{value}}: declare Yes or No in dpg.yml and {{hint}}',
  neither:
    'dpg.yml declares neither standards nor best practices (standards.supportStandards and standards.implementBestPractices are No)',
  traced: 'Declared {{standard}}: trace found in {{path}} ({{evidence}})',
  untraced: 'Declared {{standard}}, but the repository shows no trace of it (looked for {{looked}})',
};

type Message = keyof typeof messages;
type Standards = NonNullable<Declaration['standards']>;

const MAX_DECLARED = 50;
/** Package names match whole (not inside a longer name); an empty list matches nothing. */
const SIGNATURES = signals.signatures.map((s) => ({
  ...s,
  isFile: pathMatcher(s.globs),
  pkg: new RegExp(`(?<![a-z0-9])(?:${s.packages.map(escapeRegExp).join('|') || '(?!)'})(?![a-z0-9])`, 'i'),
}));
const listOf = (items: readonly string[] | undefined) =>
  (items ?? [])
    .map((i) => String(i).trim())
    .filter(Boolean)
    .slice(0, MAX_DECLARED);
const answer = (value?: string) => (['yes', 'no'] as const).find((a) => a === value?.trim().toLowerCase());

const PARTS = [
  {
    kind: 'standard',
    answerField: 'supportStandards',
    listField: 'standardsList',
    hint: 'list the standards in standards.standardsList with links in standards.evidenceStandardSupport',
  },
  {
    kind: 'best practice',
    answerField: 'implementBestPractices',
    listField: 'bestPracticesList',
    hint: 'list the principles in standards.bestPracticesList',
  },
] as const;

function partFindings(s: Standards, part: (typeof PARTS)[number]): Finding<Message>[] {
  const { kind, answerField, listField, hint } = part;
  const value = s[answerField];
  const a = answer(value);
  if (a === undefined)
    return [
      { outcome: 'needs-review', messageId: 'undeclared', data: { answerField, value: value ?? 'missing', hint } },
    ];
  if (a === 'no') return [{ outcome: 'not-applicable', messageId: 'declaredNo', data: { kind, answerField } }];
  const names = listOf(s[listField]);
  if (names.length === 0) return [{ outcome: 'warn', messageId: 'emptyList', data: { answerField, listField } }];
  const declared = names.map((name): Finding<Message> => ({
    outcome: 'pass',
    messageId: 'declared',
    data: { kind, name: clip(name) },
  }));
  return kind === 'standard' ? [...declared, ...evidenceFindings(s, names)] : declared;
}

function evidenceFindings(s: Standards, names: readonly string[]): Finding<Message>[] {
  const links = listOf(s.evidenceStandardSupport).filter((e) => /^https?:\/\/\S+$/i.test(e));
  if (links.length === 0)
    return [{ outcome: 'warn', messageId: 'noEvidence', data: { names: clip(names.join(', '), 200) } }];
  return links.map((url) => ({ outcome: 'pass', messageId: 'evidence', url, data: { url } }));
}

/** The first file (specification or named for the standard) or manifest dependency showing the standard is used. */
function trace(repo: RepoSnapshot, sig: (typeof SIGNATURES)[number]): Finding<Message> {
  const data = { standard: sig.standard };
  const file = repo.files.find(
    (f) => sig.isFile(f.path) || sig.pathTerms.some((t) => f.path.toLowerCase().includes(t)),
  );
  if (file)
    return {
      outcome: 'pass',
      messageId: 'traced',
      path: file.path,
      data: { ...data, evidence: 'file', path: file.path },
    };
  for (const path of pathsIn(repo, 'manifests')) {
    const hit = firstLineMatching(repo.texts.get(path) ?? '', sig.pkg);
    if (hit)
      return {
        outcome: 'pass',
        messageId: 'traced',
        path,
        line: hit.line,
        data: { ...data, evidence: `dependency ${hit.match[0]}`, path },
      };
  }
  return {
    outcome: 'warn',
    messageId: 'untraced',
    data: { ...data, looked: [...sig.globs, ...sig.packages.slice(0, 4)].join(', ') },
  };
}

export default defineCheck({
  meta: {
    id: 'standards-best-practices/standards-declared',
    indicator: '8',
    level: 'required',
    title: 'The owner declares the standards and best practices the project follows, with evidence',
    rationale:
      'The DPG Standard asks that a product align with relevant standards, best practices or principles; reviewers want each named with a link showing adherence, and generic claims without links are the usual weakness.',
    remediation:
      'In dpg.yml fill in standards.supportStandards, standards.standardsList and standards.evidenceStandardSupport (links to validators, test suites or conformance pages), and standards.implementBestPractices with standards.bestPracticesList (e.g. Principles for Digital Development, OpenSSF Best Practices).',
    reads: [...globsOf('manifests')],
    messages,
  },
  run: ({ repo, declaration }) => {
    const s: Standards = declaration?.standards ?? {};
    if (answer(s.supportStandards) === 'no' && answer(s.implementBestPractices) === 'no')
      return [{ outcome: 'fail', messageId: 'neither' }];
    const declared = [...listOf(s.standardsList), ...listOf(s.bestPracticesList)].map((d) => d.toLowerCase());
    const claimed = SIGNATURES.filter((sig) => declared.some((d) => sig.declaredAs.some((term) => d.includes(term))));
    return [...PARTS.flatMap((part) => partFindings(s, part)), ...claimed.map((sig) => trace(repo, sig))];
  },
});
