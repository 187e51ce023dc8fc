import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { pathMatcher } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { emptySections, parseDoc } from '../../lib/markdown.js';
import signals from '../../data/documentation-signals.json' with { type: 'json' };

const messages = {
  placeholder: 'Placeholder "{{label}}": {{text}}',
  emptySection: 'Section "{{heading}}" is empty',
  more: '{{count}} more placeholders or empty sections not listed',
  clean: 'No placeholder text or empty sections in {{paths}}',
  noDocs: 'No README or docs index to inspect',
};

type Message = keyof typeof messages;

const isDocFile = pathMatcher(signals.docFiles);
const PLACEHOLDERS = signals.placeholders.map((p) => ({ label: p.label, re: new RegExp(p.pattern, p.flags) }));
const CAP = signals.maxPlaceholderFindings;

function inspect(path: string, text: string): Finding<Message>[] {
  const doc = parseDoc(text, path);
  const placeholders = doc.lines.flatMap(({ line, text: t, kind }): Finding<Message>[] => {
    if (kind !== 'text' && kind !== 'heading') return [];
    const hit = PLACEHOLDERS.find((p) => p.re.test(t));
    return hit
      ? [{ outcome: 'warn', messageId: 'placeholder', path, line, data: { label: hit.label, text: clip(t.trim()) } }]
      : [];
  });
  const empty = emptySections(doc).map((h): Finding<Message> => ({
    outcome: 'warn',
    messageId: 'emptySection',
    path,
    line: h.line,
    data: { heading: clip(h.text) },
  }));
  return [...placeholders, ...empty].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

export default defineCheck({
  meta: {
    id: 'documentation/no-placeholders',
    indicator: '5',
    level: 'recommended',
    title: 'The README and docs index hold no placeholder text or empty sections',
    rationale:
      'DPGA reviewers reject documentation that is "TODO", "Coming soon", lorem ipsum or headings with nothing under them: it shows the documentation is not there yet.',
    remediation:
      'Replace every TODO, TBD, "Coming soon" and lorem ipsum in the README and docs index with real content, and fill or remove empty sections.',
    reads: [...signals.docFiles],
    messages,
  },
  run: ({ repo }) => {
    const docs = repo.files.filter((f) => isDocFile(f.path) && repo.texts.has(f.path)).map((f) => f.path);
    if (docs.length === 0) return [{ outcome: 'not-applicable', messageId: 'noDocs' }];
    const all = docs.flatMap((path) => inspect(path, repo.texts.get(path) ?? ''));
    if (all.length === 0)
      return [{ outcome: 'pass', messageId: 'clean', path: docs[0], data: { paths: docs.join(', ') } }];
    const rest = all.length - CAP;
    return rest > 0 ? [...all.slice(0, CAP), { outcome: 'warn', messageId: 'more', data: { count: rest } }] : all;
  },
});
