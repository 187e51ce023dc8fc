/** `dpg-check badge OWNER/NAME`: the badge of a GitHub repository, through the same source as the check. */
import { describe, expect, it } from 'vitest';
import { emulator, runCliAsync, serveFixture } from '../../sources/github/support.js';
import { tempDir } from '../../support/tmp.js';

const TOKEN = 'ghp_badgeTestToken0123456789abcdefABCDEF';

describe('dpg-check badge of a GitHub repository', () => {
  it('shows the score the check gives the same repository, with the token read from stdin and never shown', async () => {
    const emu = await emulator();
    serveFixture(emu, 'developer-library');
    const flags = ['--api-url', emu.url, '--token-stdin', '--retries', '0'];
    const env = { DPG_CHECK_CACHE_DIR: tempDir('dpg-badge-cache-') };
    const check = await runCliAsync(['emulated/developer-library', '--format', 'json', ...flags], {
      env,
      input: TOKEN,
    });
    const badge = await runCliAsync(['badge', 'emulated/developer-library', ...flags], { env, input: TOKEN });
    const report = JSON.parse(check.stdout) as {
      summary: { score: number; verdict: string };
      target: { source: string };
    };
    expect(report.target.source).toBe('github');
    expect(badge.code).toBe(0);
    expect(JSON.parse(badge.stdout)).toMatchObject({
      message: `${report.summary.score}/100 · ${report.summary.verdict}`,
    });
    expect(`${badge.stdout}${badge.stderr}`).not.toContain(TOKEN);
  });

  it('says in one line, exit 3, when the repository cannot be read', async () => {
    const emu = await emulator();
    const run = await runCliAsync(['badge', 'emulated/missing', '--api-url', emu.url, '--no-cache', '--retries', '0']);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^dpg-check: emulated\/missing: no such repository on GitHub, or it is private \(.*\)\n$/,
    );
  });
});
