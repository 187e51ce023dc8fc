/**
 * Batch mode against the GitHub emulator: registry input, faults that become rows, the token kept out
 * of every output, and one shared client whose pacer keeps a batch inside the enforced rate limit.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';
import { emulator, runCliAsync, serveFixture } from '../../sources/github/support.js';
import { readResults } from './workspace.js';

const TOKEN = 'ghp_batchTestToken0123456789abcdefABCDEF';
const REGISTRY = join(PROJECT_ROOT, 'fixtures', 'batch', 'registry-sample.json');

function batch(apiUrl: string, args: readonly string[], cwd: string) {
  return runCliAsync(['batch', ...args, '--api-url', apiUrl, '--retries', '0'], {
    cwd,
    env: { GITHUB_TOKEN: TOKEN, DPG_CHECK_CACHE_DIR: join(cwd, 'cache') },
  });
}

function everyFileUnder(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'latin1'))
    .join('\n');
}

describe('dpg-check batch with GitHub repositories', () => {
  it('checks a registry file, compares declared and found licenses, and never writes the token', async () => {
    const emu = await emulator();
    for (const name of ['compliant-app', 'gpl-only-copying', 'rejected-license'])
      serveFixture(emu, name, 'example-org');
    const cwd = tempDir('dpg-batch-gh-');
    const run = await batch(emu.url, [REGISTRY, '--out', 'out'], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('1 product(s) list no repository and were skipped');
    expect(run.stderr).toContain('1 repeated target(s) will be checked once');
    const results = readResults(join(cwd, 'out'));
    expect(results.map((r) => [r.key, r.report?.summary.verdict ?? r.error?.kind]).sort()).toEqual([
      ['github:example-org/compliant-app', 'ready'],
      ['github:example-org/gpl-only-copying', 'gaps'],
      ['github:example-org/rejected-license', 'not-eligible'],
      ['invalid:https://gitlab.com/example/elsewhere', 'invalid-target'],
    ]);
    const md = readFileSync(join(cwd, 'out', 'summary.md'), 'utf8');
    expect(md).toContain('## Declared license vs found (1 to review)');
    expect(md).toContain(
      '| https://github.com/Example-Org/Rejected-License/ | Wrong Claim | Apache-2.0 | BSD-4-Clause | differs |',
    );
    const csv = readFileSync(join(cwd, 'out', 'summary.csv'), 'utf8');
    expect(csv).toContain(',GPL-3.0-only,GPL Product,GPL-3.0,agree,');
    expect(`${run.stdout}${run.stderr}${everyFileUnder(cwd)}`).not.toContain(TOKEN);
    // Shared client: at most four requests a repository, never one for a repository checked already.
    expect(emu.requests.length).toBeLessThanOrEqual(12);
  });

  it('turns 404, 500, a refused connection and a cut connection into rows and checks the rest', async () => {
    const emu = await emulator();
    for (const name of ['compliant-app', 'no-license']) serveFixture(emu, name, 'good');
    for (const name of ['broken', 'reset']) serveFixture(emu, 'compliant-app', name);
    emu.addFault({ repo: 'broken/compliant-app', fault: { type: 'status', status: 500 } });
    emu.addFault({ repo: 'reset/compliant-app', fault: { type: 'reset' } });
    const cwd = tempDir('dpg-batch-gh-');
    const list = [
      'good/compliant-app',
      'https://github.com/nobody/missing',
      'broken/compliant-app',
      'reset/compliant-app',
      'good/no-license',
    ];
    writeFileSync(join(cwd, 'repos.txt'), list.join('\n'));
    const run = await batch(emu.url, ['repos.txt', '--out', 'out', '-j', '3'], cwd);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('2 of 5 checked, 3 could not be read');
    const byTarget = Object.fromEntries(readResults(join(cwd, 'out')).map((r) => [r.target, r]));
    expect(byTarget['good/compliant-app']?.report?.summary.verdict).toBe('ready');
    expect(byTarget['good/no-license']?.report?.summary.verdict).toBe('not-eligible');
    expect(byTarget['https://github.com/nobody/missing']?.error).toMatchObject({
      kind: 'source',
      message: expect.stringContaining('no such repository'),
    });
    expect(byTarget['broken/compliant-app']?.error).toMatchObject({
      kind: 'source',
      message: expect.stringContaining('500'),
    });
    expect(byTarget['reset/compliant-app']?.error?.kind).toBe('source');
  });
});

describe('rate limits', () => {
  /** 16 copies of one fixture checked at concurrency 8 under a limit of 24 requests per 2 s window. */
  async function limitedBatch() {
    const emu = await emulator({ rateLimit: 24, rateLimitWindowSeconds: 2 });
    const names = Array.from({ length: 16 }, (_, i) => `r${i}`);
    for (const name of names) serveFixture(emu, 'compliant-app', name);
    const cwd = tempDir('dpg-batch-gh-');
    writeFileSync(join(cwd, 'repos.txt'), names.map((n) => `${n}/compliant-app`).join('\n'));
    const started = Date.now();
    const run = await batch(emu.url, ['repos.txt', '--out', 'out', '-j', '8', '--no-cache'], cwd);
    return { emu, run, seconds: (Date.now() - started) / 1000 };
  }

  it('a batch slows down at the enforced limit instead of failing: every target checked', async () => {
    const { run, seconds } = await limitedBatch();
    expect(run.stderr).toContain('16 of 16 checked, 0 could not be read');
    expect(run.code).toBe(0);
    // 16 repositories need about 48 REST requests: two windows of 24 at least (REST and GraphQL budgets are apart).
    expect(seconds).toBeGreaterThan(2);
  }, 90_000);

  it('no request of a paced batch is refused (403 or 429)', async () => {
    const { emu, run } = await limitedBatch();
    expect(run.code).toBe(0);
    expect(emu.requests.filter((r) => r.status === 403 || r.status === 429)).toEqual([]);
  }, 90_000);

  it('with a token, 500 repositories complete without a single rate-limit failure', async () => {
    const emu = await emulator();
    const names = Array.from({ length: 500 }, (_, i) => `org${i}`);
    const fixtures = ['compliant-app', 'no-license', 'gpl-only-copying'];
    const dirs = fixtures.map((fixture) => serveFixture(emu, fixture, 'seed'));
    names.forEach((owner, i) => emu.addRepo(`${owner}/repo`, dirs[i % dirs.length] as string));
    const cwd = tempDir('dpg-batch-gh-');
    writeFileSync(join(cwd, 'repos.txt'), names.map((owner) => `https://github.com/${owner}/repo`).join('\n'));
    const run = await batch(emu.url, ['repos.txt', '--out', 'out', '-j', '16', '--no-cache', '-q'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = readResults(join(cwd, 'out'));
    expect(results).toHaveLength(500);
    expect(results.filter((r) => r.error)).toEqual([]);
    expect(emu.requests.filter((r) => r.status >= 400)).toEqual([]);
    expect(emu.requests.length).toBeLessThanOrEqual(4 * 500);
  }, 900_000);
});
