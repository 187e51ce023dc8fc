/** What a user sees when GitHub cannot be read: one line, a hint, exit 3 (2 for bad flags), never the token. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../../support/github-emulator/server.js';
import { git, tempDir } from '../../support/tmp.js';
import { emulator, runCliAsync, serveFixture, type AsyncCliRun } from './support.js';

const TOKEN = 'ghp_TOPSECRETtopsecretTOPSECRET012345';
let emu: GitHubEmulator;
let limited: GitHubEmulator;

beforeAll(async () => {
  emu = await emulator();
  limited = await emulator({ rateLimit: 2 });
  serveFixture(emu, 'compliant-app', 'ok');
  serveFixture(limited, 'compliant-app', 'ok');
});
afterEach(() => emu.clearFaults()); // a test that fails early must not leave its faults to the next one

function check(args: readonly string[], env: Record<string, string> = {}, input?: string): Promise<AsyncCliRun> {
  return runCliAsync([...args, '--no-cache'], { env, ...(input !== undefined ? { input } : {}) });
}

function expectOneLine(run: AsyncCliRun, code: number, message: RegExp): void {
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(code);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stdout).toBe('');
  expect(run.stdout + run.stderr).not.toContain(TOKEN);
}

const resetAt = (seconds: number) =>
  new Date((Math.floor(Date.now() / 1000) + seconds) * 1000).toISOString().slice(11, 16);

describe('exit 3 with a clear message for each fault', () => {
  it('404: no such repository, hinting at the token when anonymous', async () => {
    expectOneLine(
      await check(['nobody/nothing', '--api-url', emu.url]),
      3,
      /^dpg-check: nobody\/nothing: no such repository on GitHub, or it is private \(check the spelling; for a private repository set GITHUB_TOKEN \(or GH_TOKEN\); no local folder nobody\/nothing exists either\)\n$/,
    );
    expectOneLine(
      await check(['https://github.com/nobody/nothing', '--api-url', emu.url]),
      3,
      /or it is private \(check the spelling; for a private repository set GITHUB_TOKEN \(or GH_TOKEN\)\)\n$/,
    );
    expectOneLine(
      await check(['nobody/nothing', '--api-url', emu.url], { GITHUB_TOKEN: TOKEN }),
      3,
      /or this token has no access to it/,
    );
  });

  it('401: the token was refused', async () => {
    emu.addFault({ fault: { type: 'status', status: 401 }, repo: 'ok/compliant-app', times: 1 });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url], { GH_TOKEN: TOKEN }),
      3,
      /^dpg-check: GitHub refused the token \(401 Bad credentials\) \(check GITHUB_TOKEN, GH_TOKEN/,
    );
  });

  it('403 primary rate limit: when it resets, and the 5,000/hour advice when anonymous', async () => {
    emu.addFault({ fault: { type: 'rate-limit', resetInSeconds: 1800 }, repo: 'ok/compliant-app', times: 1 });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url]),
      3,
      new RegExp(
        `^dpg-check: the anonymous GitHub API rate limit \\(60 requests an hour\\) is used up; it resets at (${resetAt(1800)}|${resetAt(1801)}) UTC \\(set GITHUB_TOKEN \\(or GH_TOKEN\\) for 5,000 requests an hour\\)`,
      ),
    );
    emu.addFault({ fault: { type: 'rate-limit', resetInSeconds: 1800 }, repo: 'ok/compliant-app', times: 1 });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url], { GITHUB_TOKEN: TOKEN }),
      3,
      /the GitHub API rate limit for this token is used up; it resets at/,
    );
  });

  it('an enforced limit of 2 REST requests an hour stops the third', async () => {
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', limited.url]),
      3,
      /rate limit \(60 requests an hour\) is used up; it resets at \d\d:\d\d UTC/,
    );
    expect(limited.requests.map((r) => `${r.endpoint}:${r.status}`)).toEqual([
      'repository:200',
      'commit:200',
      'tree:403',
    ]);
  });

  it('secondary rate limit: waits a short retry-after and succeeds; a long one fails with the wait', async () => {
    emu.addFault({
      fault: { type: 'secondary-rate-limit', retryAfterSeconds: 1 },
      repo: 'ok/compliant-app',
      endpoint: 'commit',
      times: 1,
    });
    const from = emu.requests.length;
    const passed = await check(['ok/compliant-app', '--api-url', emu.url]);
    expect(passed.code).toBe(0);
    expect(emu.requests.slice(from).map((r) => `${r.endpoint}:${r.status}`)).toEqual([
      'repository:200',
      'commit:403',
      'commit:200',
      'tree:200',
      'graphql:200',
    ]);
    emu.addFault({
      fault: { type: 'secondary-rate-limit', retryAfterSeconds: 600, status: 429 },
      repo: 'ok/compliant-app',
      times: 1,
    });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url]),
      3,
      /^dpg-check: GitHub's secondary rate limit stopped the check of ok\/compliant-app \(too many requests at once; try again in 600 s\)/,
    );
  });

  it('5xx: retried with back-off, then a clear failure', async () => {
    emu.addFault({ fault: { type: 'status', status: 500 }, repo: 'ok/compliant-app', endpoint: 'tree', times: 1 });
    expect((await check(['ok/compliant-app', '--api-url', emu.url, '--retries', '1'])).code).toBe(0);
    emu.addFault({
      fault: { type: 'status', status: 502 },
      repo: 'ok/compliant-app',
      endpoint: 'repository',
      times: 2,
    });
    const from = emu.requests.length;
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url, '--retries', '1']),
      3,
      new RegExp(
        `^dpg-check: could not read the repository from GitHub at ${emu.url.replace(/\./g, '\\.')}: 502 Bad Gateway, even after retries \\(GitHub may be down`,
      ),
    );
    expect(emu.requests.length - from).toBe(2);
  });

  it('connection resets and timeouts', async () => {
    emu.addFault({ fault: { type: 'reset' }, repo: 'ok/compliant-app', times: 1 });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url, '--retries', '0']),
      3,
      /^dpg-check: could not read the repository from GitHub at .*: (other side closed|socket hang up|fetch failed)/,
    );
    emu.addFault({ fault: { type: 'latency', ms: 2500 }, repo: 'ok/compliant-app', times: 1 });
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url, '--retries', '0', '--timeout', '1']),
      3,
      /could not read the repository from GitHub at .*: no answer within 1 s/,
    );
  });

  it('409: an empty repository', async () => {
    const empty = tempDir('dpg-check-empty-');
    git(empty, 'init', '-q');
    emu.addRepo('empty/repo', empty);
    expectOneLine(
      await check(['empty/repo', '--api-url', emu.url]),
      3,
      /^dpg-check: empty\/repo is an empty repository: there is nothing to check yet \(push a first commit/,
    );
  });

  it('a --ref that does not exist is named', async () => {
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url, '--ref', 'v9.9.9']),
      3,
      /^dpg-check: ok\/compliant-app has no branch, tag or commit called v9\.9\.9 \(check --ref/,
    );
  });
});

describe('the token', () => {
  it('comes from --token-stdin, is sent, and is never printed, in the report either', async () => {
    const from = emu.requests.length;
    const run = await check(
      ['ok/compliant-app', '--api-url', emu.url, '--token-stdin', '--format', 'json'],
      {},
      `${TOKEN}\n`,
    );
    expect(run.code).toBe(0);
    expect(emu.requests.slice(from).every((r) => r.authorized)).toBe(true);
    expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(JSON.parse(run.stdout)).toMatchObject({
      target: { source: 'github', ref: 'ok/compliant-app', url: 'https://github.com/ok/compliant-app' },
    });
  });

  it('is redacted even from a message that echoes it', async () => {
    emu.addFault({
      fault: { type: 'status', status: 403, message: `proxy saw ${TOKEN}` },
      repo: 'ok/compliant-app',
      times: 1,
    });
    const run = await check(['ok/compliant-app', '--api-url', emu.url], { GITHUB_TOKEN: TOKEN });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('proxy saw ***');
    expect(run.stderr).not.toContain(TOKEN);
  });

  it('empty --token-stdin is bad input (exit 2)', async () => {
    expectOneLine(
      await check(['ok/compliant-app', '--api-url', emu.url, '--token-stdin'], {}, '\n'),
      2,
      /^dpg-check: --token-stdin: standard input is empty/,
    );
  });
});

describe('targets and flags', () => {
  it.each([
    [['https://bitbucket.org/a/b'], /bitbucket\.org is not github\.com/],
    [['ok/compliant-app', '--api-url', 'ftp://x'], /--api-url ftp:\/\/x is not an http\(s\) URL/],
    [['ok/compliant-app', '--timeout', '0'], /--timeout 0 is not a whole number above 0/],
    [['.', '--ref', 'main'], /--ref main applies to GitHub repositories only/],
  ])('%j is bad input (exit 2)', async (args, message) => {
    expectOneLine(await check(args), 2, message);
  });

  it('an existing local folder a/b wins over the OWNER/NAME reading', async () => {
    const cwd = tempDir('dpg-check-cwd-');
    mkdirSync(join(cwd, 'ok', 'compliant-app'), { recursive: true });
    const run = await runCliAsync(['ok/compliant-app', '--api-url', emu.url, '--format', 'json'], { cwd });
    expect(run.stderr).toMatch(/has no files to check/);
    expect(run.code).toBe(2);
  });

  it('accepts the URL forms users paste', async () => {
    for (const form of [
      'https://github.com/ok/compliant-app',
      'https://github.com/ok/compliant-app.git',
      'git@github.com:ok/compliant-app.git',
      'https://github.com/ok/compliant-app/tree/main/src',
    ]) {
      const run = await check([form, '--api-url', emu.url, '--format', 'json']);
      expect(run.code, `${form}: ${run.stderr}`).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({
        target: { source: 'github', ref: form, url: 'https://github.com/ok/compliant-app' },
      });
    }
  });
});
