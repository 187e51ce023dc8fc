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

  describe('a local git checkout: the date of its last commit', () => {
    const checkout = (lastCommitAt: string, readme = '# app') =>
      repo({ 'README.md': readme }, { meta: { lastCommitAt } });

    it.each([
      ['warns when HEAD is over a year old', '2019-01-12T17:45:56.000Z', 'warn', 'staleCommit', '2019-01-12', 2878],
      ['passes when HEAD is recent', '2026-11-01T08:00:00.000Z', 'pass', 'activeCommit', '2026-11-01', 28],
    ])('%s', (_name, lastCommitAt, outcome, messageId, date, days) => {
      expect(runCheck(check, checkout(lastCommitAt))).toEqual([{ outcome, messageId, data: { date, days } }]);
    });

    it("prefers the host's last push when both are known", () => {
      const both = repo(
        { 'README.md': '# app' },
        { meta: { pushedAt: '2026-11-01T00:00:00Z', lastCommitAt: '2019-01-12T17:45:56.000Z' } },
      );
      expect(runCheck(check, both).map((f) => [f.outcome, f.messageId])).toEqual([['pass', 'active']]);
    });
  });

  describe('what the README says about maintenance', () => {
    const said = (readme: string, meta = {}) =>
      runCheck(check, repo({ 'README.md': readme }, { meta })).map((f) => [f.outcome, f.messageId, f.line]);

    it.each([
      ['no longer maintained', '# app\n\nThis project is no longer actively maintained.\n', 3],
      ['no longer under active development', '# app\n\nintro\n\n> app is no longer under active development.\n', 5],
      ['wrapped over two lines', '# app\n\nThe app is sadly no longer\nmaintained by anyone.\n', 3],
      ['a deprecation notice', '# app\n\n**Deprecated** in favour of [newapp](https://newapp.example.org).\n', 3],
      ['the project called deprecated', '# app\n\nThis package has been deprecated; use newapp.\n', 3],
    ])('warns on "%s", citing the line, even for a plain folder', (_name, readme, line) => {
      expect(said(readme)).toEqual([['warn', 'saysUnmaintained', line]]);
    });

    it('warns when maintenance was promised only until a year now past, and not for a future one', () => {
      const readme = (year: number) => `# app\n\nThe app is alive and will be maintained for the rest of ${year}.\n`;
      expect(said(readme(2017))).toEqual([['warn', 'maintenanceEnded', 3]]);
      expect(said(readme(2030))).toEqual([['not-applicable', 'noHostData', undefined]]);
    });

    it.each([
      [
        'an option deprecated in favour of another',
        '# app\n\nThe `--fast` flag is deprecated in favour of `--mode fast`.\n',
      ],
      ['an old version no longer supported', '# app\n\nPython 2 is no longer supported.\n'],
      ['the words inside a code block', '# app\n\n```\necho "no longer maintained"\n```\n'],
    ])('does not take %s for the project being unmaintained', (_name, readme) => {
      expect(said(readme)).toEqual([['not-applicable', 'noHostData', undefined]]);
    });

    it('adds the statement to the host data', () => {
      const readme = '# app\n\nThis repository is no longer maintained.\n';
      expect(said(readme, { archived: false, pushedAt: '2026-11-01T00:00:00Z' })).toEqual([
        ['pass', 'active', undefined],
        ['warn', 'saysUnmaintained', 3],
      ]);
    });
  });
});
