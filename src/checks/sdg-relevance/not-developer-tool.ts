import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathMatcher } from '../../lib/paths.js';
import { clip, firstLineMatching } from '../../lib/text.js';
import { escapeRegExp } from '../../lib/regexp.js';
import { librarySignals, readmeOf, SHAPE_READS, type Signal } from '../shared/library-shape.js';
import { readmeOpening, textSignals, type SelfDescription } from '../shared/self-description.js';
import signals from '../../data/developer-tool-signals.json' with { type: 'json' };

const messages = {
  developerTool:
    'Reads as a developer tool: developer-tool signals {{tool}} against end-user signals {{user}} (warns when the difference reaches {{warnAt}})',
  endUserProduct:
    'Does not read as a developer tool: developer-tool signals {{tool}} against end-user signals {{user}} (warns when the difference reaches {{warnAt}})',
  toolSignal: 'Developer-tool signal (+{{weight}}): {{signal}}',
  endUserSignal: 'End-user signal (−{{weight}}): {{signal}}',
  notSoftware: 'Declared as {{types}}, not software: the developer-tool exclusion does not apply',
};
type Id = keyof typeof messages;

const { score } = signals;
const APP_PHRASE = new RegExp(signals.appPhrases.map(escapeRegExp).join('|'), 'i');
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

interface Weighed extends Signal {
  readonly weight: number;
}

/** App entry points, deployment files, a README that runs the product: how an end-user product is shaped. */
function shapeSignals(repo: RepoSnapshot): Signal[] {
  const paths = repo.files.map((f) => f.path).filter(inProduct);
  const entry = paths.find(isAppEntry);
  const deploy = paths.find(isDeployment);
  const readme = readmeOf(repo);
  const phrase = readme && firstLineMatching(readme.text, APP_PHRASE);
  return [
    ...(entry ? [{ signal: `app entry point ${entry}`, path: entry }] : []),
    ...(deploy ? [{ signal: `deployment file ${deploy}`, path: deploy }] : []),
    ...(phrase
      ? [{ signal: `README explains running it: "${clip(phrase.text, 80)}"`, path: readme.path, line: phrase.line }]
      : []),
  ];
}

/** What the product says it is: the application's description, the repository's, the README's opening. */
function selfDescriptions(repo: RepoSnapshot, declaration: Declaration | undefined): SelfDescription[] {
  const readme = readmeOf(repo);
  const opening = readme ? readmeOpening(readme.text) : '';
  return [
    { source: 'the application description', text: declaration?.description ?? '' },
    { source: 'the repository description', text: repo.meta.description ?? '' },
    ...(readme ? [{ source: "the README's opening", text: opening, path: readme.path }] : []),
  ].filter((d) => d.text.trim() !== '');
}

const listed = (terms: readonly string[]) => terms.slice(0, 5).join(', ');

function weigh(repo: RepoSnapshot, declaration: Declaration | undefined) {
  const text = textSignals(selfDescriptions(repo, declaration));
  const library = librarySignals(repo);
  const tool: Weighed[] = [];
  const user: Weighed[] = [];
  if (text.toolNoun) {
    const { phrase, source } = text.toolNoun;
    tool.push({
      signal: `${source.source} calls it a tool: "${clip(phrase, 80)}"`,
      weight: score.toolSelfDescription,
      ...(source.path ? { path: source.path } : {}),
    });
  }
  if (text.domainTerms.length > 0) {
    tool.push({
      signal: `names technical domains: ${listed(text.domainTerms)}`,
      weight: Math.min(score.technicalDomainMax, text.domainTerms.length),
    });
  }
  if (text.audienceTerms.length > 0)
    tool.push({ signal: `addresses developers: ${listed(text.audienceTerms)}`, weight: score.developerAudience });
  const [firstLibrary] = library;
  if (firstLibrary) {
    const rest =
      library.length > 1
        ? ` (and ${library
            .slice(1)
            .map((s) => s.signal)
            .join('; ')})`
        : '';
    tool.push({ ...firstLibrary, signal: `${firstLibrary.signal}${rest}`, weight: score.packagedForImport });
  }
  if (text.beneficiaryTerms.length > 0) {
    user.push({
      signal: `names beneficiaries or sectors: ${listed(text.beneficiaryTerms)}`,
      weight: Math.min(score.beneficiaryTermsMax, text.beneficiaryTerms.length),
    });
  }
  if (text.endUserNoun) {
    const { phrase, source } = text.endUserNoun;
    user.push({
      signal: `${source.source} calls it an end-user product: "${clip(phrase, 80)}"`,
      weight: score.endUserSelfDescription,
      ...(source.path ? { path: source.path } : {}),
    });
  }
  // Tools ship demo pages and container images: their shape does not outweigh calling themselves a tool.
  const [shape] = text.toolNoun ? [] : shapeSignals(repo);
  if (shape) user.push({ ...shape, weight: score.endUserShape });
  return { tool, user };
}

const sum = (signals: readonly Weighed[]) => signals.reduce((total, s) => total + s.weight, 0);

const asFinding =
  (outcome: 'pass' | 'warn', messageId: Id) =>
  (s: Weighed): Finding<Id> => ({
    outcome,
    messageId,
    data: { signal: s.signal, weight: s.weight },
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
      'Generic libraries, SDKs, frameworks, plugins and compilers are not eligible: the DPGA excluded 19 of its 41 excluded nominees as tools "primarily used to support developers", and its impact × breadth lens screens out solutions that are both indirect and niche-technical.',
    remediation:
      "The DPGA asks who benefits directly and how widely (impact × breadth). If this is a library, SDK, framework or developer utility, apply with the end-user product built on it instead. If people other than developers use it, say so where the product describes itself (the README's opening paragraph, the repository and application descriptions): name the end users (e.g. health workers, farmers, students, a public agency), the societal problem it addresses and the SDG targets, and how it is deployed for them; see https://www.digitalpublicgoods.net/submission-guide.",
    reads: SHAPE_READS,
    messages,
  },
  run: ({ repo, declaration }) => {
    const types = declaration?.type ?? [];
    if (types.length > 0 && types.every((t) => t === 'data' || t === 'content')) {
      return [{ outcome: 'not-applicable', messageId: 'notSoftware', data: { types: types.join(', ') } }];
    }
    // Declared SDGs are not weighed: every application declares them, tools included.
    const { tool, user } = weigh(repo, declaration);
    const isTool = sum(tool) - sum(user) >= score.warnAt;
    const verdict: Finding<Id> = {
      outcome: isTool ? 'warn' : 'pass',
      messageId: isTool ? 'developerTool' : 'endUserProduct',
      data: { tool: sum(tool), user: sum(user), warnAt: score.warnAt },
    };
    return [
      verdict,
      ...tool.map(asFinding(isTool ? 'warn' : 'pass', 'toolSignal')),
      ...user.map(asFinding('pass', 'endUserSignal')),
    ];
  },
});
