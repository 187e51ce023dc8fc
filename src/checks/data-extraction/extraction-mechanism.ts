import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathMatcher, pathsIn, type PatternGroup } from '../../lib/paths.js';
import { clip, linesMatching } from '../../lib/text.js';
import { escapeRegExp } from '../../lib/regexp.js';
import signals from '../../data/data-extraction.json' with { type: 'json' };

const messages = {
  notCollected: 'dpg.yml declares NonPII.collectsNonPII: No, so there is no non-PII data or content to extract',
  declared: 'dpg.yml NonPII.nonPIIAccessMechanism: "{{mechanism}}"',
  vague:
    'dpg.yml NonPII.nonPIIAccessMechanism names no open format or API standard (CSV, JSON, XML, GeoJSON, FHIR, …): reviewers reject descriptions without formats',
  apiSpec: 'API description {{path}}',
  dataPackage: 'Data package descriptor {{path}}',
  readme: '{{path}} mentions "{{text}}"',
  code: 'Export/import code {{path}}',
  dataFile: 'Data file in an open format {{path}}',
  describe:
    'dpg.yml declares NonPII.collectsNonPII: Yes but leaves NonPII.nonPIIAccessMechanism empty: describe the mechanism and name the formats',
  missing:
    'dpg.yml declares NonPII.collectsNonPII: Yes, but NonPII.nonPIIAccessMechanism is empty and the repository shows no API description, export code or open data files',
  undeclared:
    'No export mechanism found: declare NonPII.collectsNonPII in dpg.yml and, if Yes, NonPII.nonPIIAccessMechanism naming the formats (CSV, JSON, XML, …) and the mechanism (UI export, bulk download, documented API)',
};
type Id = keyof typeof messages;

const MAX_EVIDENCE = 5;
const MAX_README_CHARS = 100_000;
const README_PHRASE = new RegExp(signals.readmePhrases.map((p) => `(?:${p})`).join('|'));
const MECHANISM_TERM = new RegExp(`\\b(?:${signals.mechanismTerms.map(escapeRegExp).join('|')})\\b`, 'i');
const CODE_FILE = new RegExp(`\\.(?:${signals.codeExtensions.join('|')})$`, 'i');
const NOT_EVIDENCE = pathMatcher([...signals.evidenceExcludes, ...signals.nonProductPaths]);

export default defineCheck({
  meta: {
    id: 'data-extraction/extraction-mechanism',
    indicator: '6',
    level: 'required',
    title: 'Non-PII data and content can be exported or imported in open formats',
    rationale:
      'The DPGA requires that non-PII data and content can leave the solution in a non-proprietary format; a missing or format-less description is the most common reason reviewers reject this indicator.',
    remediation:
      'Provide an export/import path in open formats (CSV, JSON, XML, GeoJSON) or a documented API (OpenAPI, GraphQL, FHIR), and describe it in dpg.yml NonPII.nonPIIAccessMechanism naming the formats, the mechanism and a link to its documentation.',
    reads: globsOf('readme'),
    messages,
  },
  run: ({ repo, declaration }) => {
    const nonPii = declaration?.NonPII ?? {};
    if (nonPii.collectsNonPII === 'No') return [{ outcome: 'not-applicable', messageId: 'notCollected' }];
    const evidence = repositoryEvidence(repo);
    const mechanism = nonPii.nonPIIAccessMechanism?.trim();
    if (mechanism) return [...judgeDeclared(mechanism), ...evidence];
    const declaredYes = nonPii.collectsNonPII === 'Yes';
    if (evidence.length > 0) return declaredYes ? [...evidence, { outcome: 'warn', messageId: 'describe' }] : evidence;
    return [
      declaredYes ? { outcome: 'fail', messageId: 'missing' } : { outcome: 'needs-review', messageId: 'undeclared' },
    ];
  },
});

function judgeDeclared(mechanism: string): Finding<Id>[] {
  const declared: Finding<Id> = { outcome: 'pass', messageId: 'declared', data: { mechanism: clip(mechanism, 160) } };
  return MECHANISM_TERM.test(mechanism) ? [declared] : [declared, { outcome: 'warn', messageId: 'vague' }];
}

/** Up to MAX_EVIDENCE pieces, taken in turn from each kind so that one kind does not crowd out the rest. */
function repositoryEvidence(repo: RepoSnapshot): Finding<Id>[] {
  const byPath = (group: PatternGroup, messageId: Id, keep: (p: string) => boolean = () => true) =>
    pathsIn(repo, group)
      .filter((p) => keep(p) && !NOT_EVIDENCE(p))
      .map((path): Finding<Id> => ({ outcome: 'pass', messageId, path, data: { path } }));
  const kinds = [
    byPath('apiSpec', 'apiSpec'),
    byPath('dataPackage', 'dataPackage'),
    readmeMentions(repo),
    byPath('exportCode', 'code', (p) => CODE_FILE.test(p)),
    byPath('openDataFiles', 'dataFile'),
  ];
  const picked: Finding<Id>[] = [];
  for (let i = 0; picked.length < MAX_EVIDENCE && kinds.some((k) => i < k.length); i += 1) {
    for (const kind of kinds) {
      const finding = kind[i];
      if (finding && picked.length < MAX_EVIDENCE) picked.push(finding);
    }
  }
  return picked;
}

function readmeMentions(repo: RepoSnapshot): Finding<Id>[] {
  return pathsIn(repo, 'readme').flatMap((path) => {
    const text = repo.texts.get(path)?.slice(0, MAX_README_CHARS) ?? '';
    return linesMatching(text, README_PHRASE)
      .slice(0, 2)
      .map((hit): Finding<Id> => ({
        outcome: 'pass',
        messageId: 'readme',
        path,
        line: hit.line,
        data: { path, text: clip(hit.text) },
      }));
  });
}
