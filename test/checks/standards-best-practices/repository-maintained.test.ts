import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/standards-best-practices/repository-maintained.js';
import type { RepoMeta } from '../../../src/model/snapshot.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const URL = 'https://github.com/octo/app';
const hosted = (meta: Partial<RepoMeta>) =>
  repo({ 'README.md': '# app' }, { meta, target: { source: 'github', url: URL } });

describe('standards-best-practices/repository-maintained', () => {
  it('passes a repository pushed to this year, citing the date and the URL', () => {
    expect(runCheck(check, hosted({ archived: false, pushedAt: '2026-10-30T12:00:00Z' }))).toEqual([
      { outcome: 'pass', messageId: 'active', url: URL, data: { date: '2026-10-30', days: 30 } },
    ]);
  });

  it('warns after more than a year without a push', () => {
    const findings = runCheck(check, hosted({ archived: false, pushedAt: '2025-06-01T00:00:00Z' }));
    expect(findings).toEqual([
      { outcome: 'warn', messageId: 'stale', url: URL, data: { date: '2025-06-01', days: 546 } },
    ]);
  });

  it('fails (a warning for the indicator) when archived or disabled, and still reports the last push', () => {
    const findings = runCheck(check, hosted({ archived: true, disabled: true, pushedAt: '2021-01-01T00:00:00Z' }));
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['fail', 'archived'],
      ['fail', 'disabled'],
      ['warn', 'stale'],
    ]);
    expect(outcomeOf(check, hosted({ archived: true }))).toBe('fail');
  });

  it('is not applicable to a local folder, which has no host metadata', () => {
    expect(runCheck(check, repo({ 'README.md': '# app' }))).toEqual([
      { outcome: 'not-applicable', messageId: 'noHostData' },
    ]);
  });
});
