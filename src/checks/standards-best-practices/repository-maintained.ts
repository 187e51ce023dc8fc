import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';

const messages = {
  archived:
    'The host marks the repository archived (read-only); the DPGA archives products that are no longer maintained',
  disabled: 'The host has disabled the repository',
  stale: 'Last push on {{date}}, {{days}} days ago: over a year without changes reads as unmaintained',
  active: 'Last push on {{date}}, {{days}} days ago',
  noHostData:
    'No host metadata (archived flag, last push) for a local folder: check the repository URL to judge maintenance',
};

type Message = keyof typeof messages;

const DAY_MS = 24 * 60 * 60 * 1000;
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

export default defineCheck({
  meta: {
    id: 'standards-best-practices/repository-maintained',
    indicator: '8',
    level: 'recommended',
    title: 'The repository is maintained: not archived or disabled, pushed to within a year',
    rationale:
      'Not an indicator, yet "no longer maintained" has excluded products and the DPGA archives inactive nominees; reviewers read the archived flag and the last activity.',
    remediation:
      'Unarchive the repository and show recent activity (a release, dependency updates), or point the application at the repository where the product is maintained now.',
    reads: [],
    messages,
  },
  run: ({ repo, now }) => {
    const { archived, disabled, pushedAt } = repo.meta;
    const url = repo.target.url ?? undefined;
    const cite = (f: Finding<Message>): Finding<Message> => (url ? { ...f, url } : f);
    if (archived === undefined && pushedAt === undefined)
      return [{ outcome: 'not-applicable', messageId: 'noHostData' }];
    const findings: Finding<Message>[] = [];
    if (archived) findings.push(cite({ outcome: 'fail', messageId: 'archived' }));
    if (disabled) findings.push(cite({ outcome: 'fail', messageId: 'disabled' }));
    const pushed = pushedAt ? dayNumber(pushedAt) : undefined;
    if (pushed !== undefined) {
      const days = Math.max(0, Math.floor(now.getTime() / DAY_MS) - pushed);
      const data = { date: pushedAt?.slice(0, 10) ?? '', days };
      findings.push(
        cite({ outcome: days > STALE_DAYS ? 'warn' : 'pass', messageId: days > STALE_DAYS ? 'stale' : 'active', data }),
      );
    }
    return findings.length > 0
      ? findings
      : [cite({ outcome: 'pass', messageId: 'active', data: { date: 'unknown', days: '?' } })];
  },
});
