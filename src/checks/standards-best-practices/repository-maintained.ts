import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { filesIn, globsOf } from '../../lib/paths.js';
import { parseDoc } from '../../lib/markdown.js';
import { clip } from '../../lib/text.js';
import signals from '../../data/maintenance-signals.json' with { type: 'json' };

const messages = {
  archived:
    'The host marks the repository archived (read-only); the DPGA archives products that are no longer maintained',
  disabled: 'The host has disabled the repository',
  stale: 'Last push on {{date}}, {{days}} days ago: over a year without changes reads as unmaintained',
  active: 'Last push on {{date}}, {{days}} days ago',
  staleCommit: 'Last commit (HEAD) on {{date}}, {{days}} days ago: over a year without changes reads as unmaintained',
  activeCommit: 'Last commit (HEAD) on {{date}}, {{days}} days ago',
  saysUnmaintained: 'The README says the project is no longer maintained: "{{text}}"',
  maintenanceEnded: 'The README promises maintenance only until {{year}}: "{{text}}"',
  noHostData:
    'No host metadata (archived flag, last push) for a local folder: check the repository URL to judge maintenance',
};

type Message = keyof typeof messages;

const DAY_MS = 24 * 60 * 60 * 1000;
const UNMAINTAINED = new RegExp(signals.unmaintained.map((p) => `(?:${p})`).join('|'), 'i');
const MAINTAINED_UNTIL = new RegExp(signals.maintainedUntil, 'i');
/** Statements fit on a line or two; longer lines are only searched this far. */
const MAX_LINE = 1000;
/** Our threshold (STANDARD.md §6): the DPGA publishes none, reviewers treat a year of silence as a warning sign. */
const STALE_DAYS = 365;

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD…), without the Date global checks may not use. */
function dayNumber(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  const [y0, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Howard Hinnant's days_from_civil: March-based years make leap days fall at the end.
  const y = month <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Each prose line with the next one, so a statement wrapped over two lines is still read; cited at its first line. */
function proseWindows(text: string, path: string): { line: number; text: string; head: number }[] {
  const lines = parseDoc(text, path).lines.filter((l) => l.kind === 'text' || l.kind === 'heading');
  return lines.map((l, i) => {
    const head = l.text.slice(0, MAX_LINE);
    const next = lines[i + 1];
    const joined = next && next.line === l.line + 1 ? `${head} ${next.text.slice(0, MAX_LINE)}` : head;
    return { line: l.line, text: joined, head: head.length };
  });
}

/** The README saying, in its own words, that the project is not maintained (or was only until a past year). */
function statedEnd(repo: RepoSnapshot, now: Date): Finding<Message> | undefined {
  for (const file of filesIn(repo, 'rootReadme')) {
    const text = repo.texts.get(file.path);
    if (text === undefined) continue;
    for (const w of proseWindows(text, file.path)) {
      const cite = { path: file.path, line: w.line };
      const said = UNMAINTAINED.exec(w.text);
      if (said && said.index < w.head)
        return { outcome: 'warn', messageId: 'saysUnmaintained', ...cite, data: { text: clip(w.text.trim()) } };
      const until = MAINTAINED_UNTIL.exec(w.text);
      const year = Number(until?.[1]);
      if (until && until.index < w.head && year < now.getUTCFullYear())
        return { outcome: 'warn', messageId: 'maintenanceEnded', ...cite, data: { year, text: clip(w.text.trim()) } };
    }
  }
  return undefined;
}

export default defineCheck({
  meta: {
    id: 'standards-best-practices/repository-maintained',
    indicator: '8',
    level: 'recommended',
    title: 'The repository is maintained: not archived or disabled, pushed to within a year',
    rationale:
      'Not an indicator, yet "no longer maintained" has excluded products and the DPGA archives inactive nominees; reviewers read the archived flag and the last activity (the host\'s last push, or in a local git checkout the last commit), and what the README says about maintenance.',
    remediation:
      'Unarchive the repository and show recent activity (a release, dependency updates), or point the application at the repository where the product is maintained now.',
    reads: [...globsOf('rootReadme')],
    messages,
  },
  run: ({ repo, now }) => {
    const { archived, disabled, pushedAt, lastCommitAt } = repo.meta;
    const url = repo.target.url ?? undefined;
    const cite = (f: Finding<Message>): Finding<Message> => (url ? { ...f, url } : f);
    const stated = statedEnd(repo, now);
    // The host's last push is the better measure; a checkout's HEAD is what a local run can see.
    const activity = pushedAt ?? lastCommitAt;
    if (archived === undefined && activity === undefined)
      return stated ? [stated] : [{ outcome: 'not-applicable', messageId: 'noHostData' }];
    const findings: Finding<Message>[] = [];
    if (archived) findings.push(cite({ outcome: 'fail', messageId: 'archived' }));
    if (disabled) findings.push(cite({ outcome: 'fail', messageId: 'disabled' }));
    const last = activity ? dayNumber(activity) : undefined;
    if (last !== undefined) {
      const days = Math.max(0, Math.floor(now.getTime() / DAY_MS) - last);
      const data = { date: activity?.slice(0, 10) ?? '', days };
      const stale = days > STALE_DAYS;
      const messageId: Message = pushedAt ? (stale ? 'stale' : 'active') : stale ? 'staleCommit' : 'activeCommit';
      findings.push(cite({ outcome: stale ? 'warn' : 'pass', messageId, data }));
    }
    if (stated) findings.push(stated);
    return findings.length > 0
      ? findings
      : [cite({ outcome: 'pass', messageId: 'active', data: { date: 'unknown', days: '?' } })];
  },
});
