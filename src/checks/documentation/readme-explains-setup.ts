import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding, Outcome } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { isAtRoot, pathMatcher, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { parseDoc, type ParsedDoc } from '../../lib/markdown.js';
import signals from '../../data/documentation-signals.json' with { type: 'json' };
import {
  declaredDocumentation,
  declaredWebsite,
  linkedDocumentation,
  type OutsideLink,
} from '../shared/outside-documentation.js';

const messages = {
  heading: '{{topic}} instructions under the heading "{{heading}}"',
  phrase: '{{topic}} instructions: "{{text}}"',
  missingTopic: 'No {{topic}} instructions found in {{paths}}',
  noDocs: 'No README, INSTALL or docs/ getting-started file to read',
  unreadable: 'Documentation could not be read as text: {{paths}}',
  launch: 'Launch files back the instructions: {{paths}}',
  launchOnly: 'Launch files exist ({{paths}}), but they do not replace written instructions on how to use them',
  declaredDocs: 'Documentation declared at {{url}} ({{field}}): declared, not verified offline',
  linkedDocs: '{{path}} links a documentation site, {{url}}: not verified offline',
  publishedAt:
    'Published at {{url}} (declared {{field}}): the site may say how to access it; declared, not verified offline',
};

type Message = keyof typeof messages;
interface Doc {
  readonly path: string;
  readonly parsed: ParsedDoc;
}

const isDocFile = pathMatcher(signals.docFiles);
/** Instructions fit on a line; longer lines are only searched this far. */
const MAX_LINE = 1000;
type TopicName = keyof typeof signals.topics;
interface Topic {
  readonly label: string;
  readonly heading: RegExp;
  readonly notHeading: RegExp;
  readonly phrase: RegExp;
}
const TOPICS = new Map(
  Object.entries(signals.topics).map(([name, t]): [string, Topic] => [
    name,
    {
      label: t.label,
      heading: new RegExp(t.headings, 'i'),
      notHeading: new RegExp(t.notHeadings, 'i'),
      phrase: new RegExp(t.phrases.map((p) => `(?:${p})`).join('|'), 'i'),
    },
  ]),
);
const BY_TYPE: Readonly<Record<string, readonly TopicName[] | undefined>> = signals.topicsByType as Record<
  string,
  readonly TopicName[]
>;

const topicsNamed = (names: readonly string[]): Topic[] =>
  [...new Set(names)].map((n) => TOPICS.get(n)).filter((t): t is Topic => t !== undefined);

/**
 * Content and data are not installed or run: the Standard asks how to access and use them (data: also a
 * dictionary and sources). Software topics apply as soon as one declared type is not such a document.
 */
function topicsFor(declaration: Declaration | undefined): { topics: Topic[]; installable: boolean } {
  const types = declaration?.type ?? [];
  const lists = types.map((t) => BY_TYPE[t]);
  if (types.length === 0 || lists.some((l) => l === undefined))
    return { topics: topicsNamed(signals.defaultTopics), installable: true };
  return { topics: topicsNamed(lists.flatMap((l) => l ?? [])), installable: false };
}

function readDocs(repo: RepoSnapshot): Doc[] {
  const rank = (path: string) => (isAtRoot(path) && /^readme/i.test(path) ? 0 : 1);
  return repo.files
    .filter((f) => isDocFile(f.path) && repo.texts.has(f.path))
    .sort((a, b) => rank(a.path) - rank(b.path))
    .map(({ path }) => ({ path, parsed: parseDoc(repo.texts.get(path) ?? '', path) }));
}

function evidenceFor(docs: readonly Doc[], topic: Topic): Finding<Message> | undefined {
  for (const { path, parsed } of docs) {
    const h = parsed.headings.find((x) => topic.heading.test(x.text) && !topic.notHeading.test(x.text));
    if (h)
      return {
        outcome: 'pass',
        messageId: 'heading',
        path,
        line: h.line,
        data: { topic: topic.label, heading: clip(h.text) },
      };
  }
  for (const { path, parsed } of docs) {
    const hit = parsed.lines.find((l) => topic.phrase.test(l.text.slice(0, MAX_LINE)));
    if (hit)
      return {
        outcome: 'pass',
        messageId: 'phrase',
        path,
        line: hit.line,
        data: { topic: topic.label, text: clip(hit.text.trim()) },
      };
  }
  return undefined;
}

function launchFinding(repo: RepoSnapshot, outcome: Outcome): Finding<Message>[] {
  const launch = pathsIn(repo, 'launch');
  if (launch.length === 0) return [];
  const paths = launch.slice(0, 3).join(', ') + (launch.length > 3 ? ` and ${launch.length - 3} more` : '');
  return [
    outcome === 'pass'
      ? { outcome, messageId: 'launch', path: launch[0], data: { paths } }
      : { outcome: 'warn', messageId: 'launchOnly', path: launch[0], data: { paths } },
  ];
}

/**
 * Documentation the application declares, or the README links, outside the repository: reviewers follow
 * those links, so without any instructions here the check is a warning to confirm, not a rejection.
 */
function outsideEvidence(
  repo: RepoSnapshot,
  declaration: Declaration | undefined,
  docs: readonly Doc[],
  installable: boolean,
): Finding<Message>[] {
  const declared = declaredDocumentation(declaration, repo);
  const cite = (messageId: Message, link: OutsideLink): Finding<Message> =>
    link.path
      ? {
          outcome: 'warn',
          messageId,
          url: link.url,
          path: link.path,
          line: link.line,
          data: { url: link.url, path: link.path },
        }
      : { outcome: 'warn', messageId, url: link.url, data: { url: link.url, field: link.field } };
  if (declared.length > 0) return declared.map((link) => cite('declaredDocs', link));
  const linked = linkedDocumentation(docs, repo);
  if (linked) return [cite('linkedDocs', linked)];
  const site = installable ? undefined : declaredWebsite(declaration, repo);
  return site ? [cite('publishedAt', site)] : [];
}

export default defineCheck({
  meta: {
    id: 'documentation/readme-explains-setup',
    indicator: '5',
    level: 'required',
    title: 'The documentation explains how to install and how to run the project',
    rationale:
      'The DPG Standard asks for documentation that lets a technical person new to the project launch and run it; missing launch instructions are a common rejection reason. Content and data are not launched: for them it asks how to access and use them (data: what every field means and where the data comes from).',
    remediation:
      'Add "Installation" and "Usage" (or "Deployment") sections to the README, or an INSTALL.md / docs/getting-started.md, with the exact commands to install, configure, build and run the project. For content or data, say where and how to access and use it (data: a data dictionary and the sources). Documentation kept elsewhere can be named in dpg.yml (documentation.documentationURL).',
    reads: [...signals.docFiles],
    messages,
  },
  run: ({ repo, declaration }) => {
    const { topics, installable } = topicsFor(declaration);
    const launch = (outcome: Outcome) => (installable ? launchFinding(repo, outcome) : []);
    const docs = readDocs(repo);
    const listed = repo.files.filter((f) => isDocFile(f.path)).map((f) => f.path);
    if (listed.length === 0) {
      const outside = outsideEvidence(repo, declaration, docs, installable);
      const outcome: Outcome = outside.length > 0 ? 'warn' : 'fail';
      return [{ outcome, messageId: 'noDocs' }, ...outside, ...launch(outcome)];
    }
    if (docs.length === 0)
      return [{ outcome: 'warn', messageId: 'unreadable', path: listed[0], data: { paths: listed.join(', ') } }];
    const found = topics.map((topic) => ({ topic, hit: evidenceFor(docs, topic) }));
    const covered = found.filter((f) => f.hit).length;
    // Outside documentation only matters when nothing here covers a topic: a partial cover already warns.
    const outside = covered === 0 ? outsideEvidence(repo, declaration, docs, installable) : [];
    const missingOutcome: Outcome = covered === 0 && outside.length === 0 ? 'fail' : 'warn';
    const paths = docs.map((d) => d.path).join(', ');
    const findings = found.map(
      ({ topic, hit }): Finding<Message> =>
        hit ?? { outcome: missingOutcome, messageId: 'missingTopic', data: { topic: topic.label, paths } },
    );
    return [...findings, ...outside, ...launch(covered === topics.length ? 'pass' : missingOutcome)];
  },
});
