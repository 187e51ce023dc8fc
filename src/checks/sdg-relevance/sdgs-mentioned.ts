import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathMatcher } from '../../lib/paths.js';
import { clip } from '../../lib/text.js';
import { escapeRegExp } from '../../lib/regexp.js';
import sdgs from '../../data/sdgs.json' with { type: 'json' };

const messages = {
  mentioned: 'Mentions {{goal}}: "{{text}}"',
  topic: 'Repository topic "{{topic}}" points to {{goal}}',
  declaredNotMentioned: 'dpg.yml declares {{declared}} but the README and docs never mention them',
  none: 'The README and docs never say which Sustainable Development Goals the product serves',
};
type Id = keyof typeof messages;
interface Mention {
  readonly goal: number | null;
  readonly path?: string;
  readonly line?: number;
  readonly text: string;
}

const READS = [...globsOf('readme'), 'docs/index.md', 'docs/about*.md', 'docs/overview*.md'];
const MAX_LINES = 5000;
const MAX_FINDINGS = 6;
/** A goal's name matched literally, but any run of whitespace in it matches any other ("Zero  Hunger"). */
const namePattern = (name: string) => escapeRegExp(name).replace(/\s+/g, '\\s+');
// The lookahead keeps identifiers such as `sdg-relevance` or `sdg_tools` from counting as mentions.
const NUMBERED = /\b(?:SDGs?|Sustainable\s+Development\s+Goals?)(?![-_][a-z])(?:[\s#:-]{0,3}(\d{1,2})\b)?/gi;
const NAMED = sdgs.goals.map((g) => ({
  goal: g.number,
  re: new RegExp(`\\b(?:${[g.name, ...g.aliases].map(namePattern).join('|')})\\b`, 'i'),
}));
const TOPIC = new RegExp(sdgs.topicPattern, 'i');
const GOAL_NAMES = new Map(sdgs.goals.map((g) => [g.number, g.name]));

const label = (goal: number | null) =>
  goal === null ? 'the Sustainable Development Goals' : `SDG ${goal} (${GOAL_NAMES.get(goal) ?? '?'})`;
const asGoal = (n: string | undefined) => (n !== undefined && GOAL_NAMES.has(Number(n)) ? Number(n) : null);

function mentionsInLine(raw: string): (number | null)[] {
  const line = raw.slice(0, 500);
  const goals = [...line.matchAll(NUMBERED)].map((m) => asGoal(m[1]));
  return [...goals, ...NAMED.filter((n) => n.re.test(line)).map((n) => n.goal)];
}

/** The first mention of each goal (null: the SDGs in general) in the README and docs, then in topics. */
function findMentions(repo: RepoSnapshot): Map<number | null, Mention> {
  const found = new Map<number | null, Mention>();
  const isRead = pathMatcher(READS);
  for (const { path } of repo.files.filter((f) => isRead(f.path))) {
    (repo.texts.get(path) ?? '').split('\n', MAX_LINES).forEach((line, i) => {
      for (const goal of mentionsInLine(line)) {
        if (!found.has(goal)) found.set(goal, { goal, path, line: i + 1, text: clip(line.trim()) });
      }
    });
  }
  for (const topic of repo.meta.topics.filter((t) => TOPIC.test(t))) {
    const goal = asGoal(/(\d{1,2})$/.exec(topic)?.[1]);
    if (!found.has(goal)) found.set(goal, { goal, text: topic });
  }
  return found;
}

function evidence(m: Mention): Finding<Id> {
  const data = { goal: label(m.goal) };
  return m.path === undefined
    ? { outcome: 'pass', messageId: 'topic', data: { ...data, topic: m.text } }
    : { outcome: 'pass', messageId: 'mentioned', path: m.path, line: m.line, data: { ...data, text: m.text } };
}

export default defineCheck({
  meta: {
    id: 'sdg-relevance/sdgs-mentioned',
    indicator: '1',
    level: 'recommended',
    title: 'The README says which SDGs the product serves',
    rationale:
      'Reviewers compare the declared SDGs with what the project says about itself; a README that names the goals and targets makes the link easy to verify.',
    remediation:
      'Explain in the README which Sustainable Development Goals and targets (e.g. "SDG 3, target 3.8") the product advances and for whom, matching the SDGs declared in dpg.yml; see https://sdgs.un.org/goals.',
    reads: READS,
    messages,
  },
  run: ({ repo, declaration }) => {
    const mentions = findMentions(repo);
    const findings = [...mentions.values()].slice(0, MAX_FINDINGS).map(evidence);
    const declared = [...new Set((declaration?.SDGs ?? []).map((s) => s.SDGNumber))];
    if (declared.length > 0 && !declared.some((n) => mentions.has(n))) {
      findings.push({
        outcome: 'warn',
        messageId: 'declaredNotMentioned',
        data: { declared: declared.map((n) => `SDG ${n}`).join(', ') },
      });
    }
    if (declared.length === 0 && mentions.size === 0) findings.push({ outcome: 'warn', messageId: 'none' });
    return findings;
  },
});
