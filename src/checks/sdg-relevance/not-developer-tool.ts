import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathMatcher } from '../../lib/paths.js';
import { clip, firstLineMatching } from '../../lib/text.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { librarySignals, readmeOf, SHAPE_READS, type Signal } from '../shared/library-shape.js';
import signals from '../../data/developer-tool-signals.json' with { type: 'json' };

const messages = {
  librarySignal: 'Looks like a developer tool: {{signal}}',
  appSignal: 'End-user product signal: {{signal}}',
  outweighed: 'Library-like signals ({{signals}}) are outweighed by the end-user signals',
  notLibrary: 'No clear sign of a general-purpose library, SDK or framework ({{count}} library-like signal(s))',
  notSoftware: 'Declared as {{types}}, not software: the developer-tool exclusion does not apply',
};
type Id = keyof typeof messages;

const MIN_LIBRARY_SIGNALS = 2;
const APP_PHRASE = new RegExp(signals.appPhrases.map(escapeRegExp).join('|'), 'i');
const IMPACT = signals.impactTerms.map((term) => ({ term, re: new RegExp(`\\b${escapeRegExp(term)}s?\\b`, 'i') }));
const NON_PRODUCT = new Set(signals.nonProductDirs);
const isAppEntry = pathMatcher(globsOf('appEntryPoints'));
const isDeployment = pathMatcher(signals.deploymentFiles);
/** Outside test, example, docs, vendored and hidden (.github, .circleci …) folders. */
const inProduct = (path: string) =>
  !path
    .toLowerCase()
    .split('/')
    .slice(0, -1)
    .some((dir) => NON_PRODUCT.has(dir) || dir.startsWith('.'));

function fileSignals(repo: RepoSnapshot): Signal[] {
  const paths = repo.files.map((f) => f.path).filter(inProduct);
  const entries = paths
    .filter(isAppEntry)
    .slice(0, 3)
    .map((path) => ({ signal: `app entry point ${path}`, path }));
  const deploys = paths
    .filter(isDeployment)
    .slice(0, 2)
    .map((path) => ({ signal: `deployment file ${path}`, path }));
  return [...entries, ...deploys];
}

function readmeSignals(repo: RepoSnapshot): Signal[] {
  const readme = readmeOf(repo);
  if (!readme) return [];
  const found: Signal[] = [];
  const phrase = firstLineMatching(readme.text, APP_PHRASE);
  if (phrase)
    found.push({
      signal: `README explains running it as an app: "${clip(phrase.text, 80)}"`,
      path: readme.path,
      line: phrase.line,
    });
  const terms = IMPACT.filter(({ re }) => re.test(readme.text)).map(({ term }) => term);
  if (terms.length >= signals.impactTermsNeeded) {
    found.push({
      signal: `README speaks of beneficiaries or sectors (${terms.slice(0, 5).join(', ')})`,
      path: readme.path,
    });
  }
  return found;
}

function declaredSignals(declaration: Declaration | undefined): Signal[] {
  const evidenced = (declaration?.SDGs ?? []).filter((s) => s.evidenceText?.trim() && s.evidenceURL?.trim());
  return evidenced.length === 0
    ? []
    : [{ signal: `dpg.yml declares ${evidenced.map((s) => `SDG ${s.SDGNumber}`).join(', ')} with evidence` }];
}

const asFinding =
  (outcome: 'pass' | 'warn', messageId: Id) =>
  (s: Signal): Finding<Id> => ({
    outcome,
    messageId,
    data: { signal: s.signal },
    ...(s.path ? { path: s.path } : {}),
    ...(s.line ? { line: s.line } : {}),
  });

export default defineCheck({
  meta: {
    id: 'sdg-relevance/not-developer-tool',
    indicator: '1',
    level: 'recommended',
    title: 'The product is not a general-purpose developer tool',
    rationale:
      'Generic libraries, SDKs, frameworks, plugins and compilers are not eligible: the DPGA excluded 19 of its 41 excluded nominees as tools "primarily used to support developers".',
    remediation:
      'If this is a library or SDK, apply with the end-user product built on it instead. If it is an end-user product, say so in the README: who uses it, for which SDG targets, how to deploy and run it (not only how to install it as a dependency); see https://www.digitalpublicgoods.net/submission-guide.',
    reads: SHAPE_READS,
    messages,
  },
  run: ({ repo, declaration }) => {
    const types = declaration?.type ?? [];
    if (types.length > 0 && types.every((t) => t === 'data' || t === 'content')) {
      return [{ outcome: 'not-applicable', messageId: 'notSoftware', data: { types: types.join(', ') } }];
    }
    const library = librarySignals(repo);
    const app = [...fileSignals(repo), ...readmeSignals(repo), ...declaredSignals(declaration)];
    if (library.length >= MIN_LIBRARY_SIGNALS && app.length === 0)
      return library.map(asFinding('warn', 'librarySignal'));
    const verdict: Finding<Id> =
      library.length >= MIN_LIBRARY_SIGNALS
        ? { outcome: 'pass', messageId: 'outweighed', data: { signals: library.map((s) => s.signal).join('; ') } }
        : { outcome: 'pass', messageId: 'notLibrary', data: { count: library.length } };
    return [verdict, ...app.map(asFinding('pass', 'appSignal'))];
  },
});
