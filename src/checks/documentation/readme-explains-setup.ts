import { defineCheck } from '../define.js';
import type { Finding, Outcome } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { isAtRoot, pathMatcher, pathsIn } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { parseDoc, type ParsedDoc } from '../../lib/markdown.js';
import signals from '../../data/documentation-signals.json' with { type: 'json' };

const messages = {
  heading: '{{topic}} instructions under the heading "{{heading}}"',
  phrase: '{{topic}} instructions: "{{text}}"',
  missingTopic: 'No {{topic}} instructions found in {{paths}}',
  noDocs: 'No README, INSTALL or docs/ getting-started file to read',
  unreadable: 'Documentation could not be read as text: {{paths}}',
  launch: 'Launch files back the instructions: {{paths}}',
  launchOnly: 'Launch files exist ({{paths}}), but they do not replace written instructions on how to use them',
};

type Message = keyof typeof messages;
interface Doc {
  readonly path: string;
  readonly parsed: ParsedDoc;
}

const isDocFile = pathMatcher(signals.docFiles);
/** Instructions fit on a line; longer lines are only searched this far. */
const MAX_LINE = 1000;
const TOPICS = Object.values(signals.topics).map((t) => ({
  label: t.label,
  heading: new RegExp(t.headings, 'i'),
  notHeading: new RegExp(t.notHeadings, 'i'),
  phrase: new RegExp(t.phrases.map((p) => `(?:${p})`).join('|'), 'i'),
}));

function readDocs(repo: RepoSnapshot): Doc[] {
  const rank = (path: string) => (isAtRoot(path) && /^readme/i.test(path) ? 0 : 1);
  return repo.files
    .filter((f) => isDocFile(f.path) && repo.texts.has(f.path))
    .sort((a, b) => rank(a.path) - rank(b.path))
    .map(({ path }) => ({ path, parsed: parseDoc(repo.texts.get(path) ?? '', path) }));
}

function evidenceFor(docs: readonly Doc[], topic: (typeof TOPICS)[number]): Finding<Message> | undefined {
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

export default defineCheck({
  meta: {
    id: 'documentation/readme-explains-setup',
    indicator: '5',
    level: 'required',
    title: 'The documentation explains how to install and how to run the project',
    rationale:
      'The DPG Standard asks for documentation that lets a technical person new to the project launch and run it; missing launch instructions are a common rejection reason.',
    remediation:
      'Add "Installation" and "Usage" (or "Deployment") sections to the README, or an INSTALL.md / docs/getting-started.md, with the exact commands to install, configure, build and run the project.',
    reads: [...signals.docFiles],
    messages,
  },
  run: ({ repo }) => {
    const docs = readDocs(repo);
    const listed = repo.files.filter((f) => isDocFile(f.path)).map((f) => f.path);
    if (listed.length === 0) return [{ outcome: 'fail', messageId: 'noDocs' }, ...launchFinding(repo, 'fail')];
    if (docs.length === 0)
      return [{ outcome: 'warn', messageId: 'unreadable', path: listed[0], data: { paths: listed.join(', ') } }];
    const found = TOPICS.map((topic) => ({ topic, hit: evidenceFor(docs, topic) }));
    const covered = found.filter((f) => f.hit).length;
    const missingOutcome: Outcome = covered === 0 ? 'fail' : 'warn';
    const paths = docs.map((d) => d.path).join(', ');
    const findings = found.map(
      ({ topic, hit }): Finding<Message> =>
        hit ?? { outcome: missingOutcome, messageId: 'missingTopic', data: { topic: topic.label, paths } },
    );
    return [...findings, ...launchFinding(repo, covered === TOPICS.length ? 'pass' : missingOutcome)];
  },
});
