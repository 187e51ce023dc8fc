import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGitHubRepo } from '../../../src/sources/github/index.js';
import { readLocalRepo } from '../../../src/sources/local.js';
import type { GitHubEmulator } from '../../support/github-emulator/server.js';
import { git, gitRepo, tempDir } from '../../support/tmp.js';
import { client, countSince, emulator, serveFixture, WANTS } from './support.js';

let emu: GitHubEmulator;
beforeAll(async () => {
  emu = await emulator();
});

describe('request plan', () => {
  it('reads a typical repository in 4 requests and fetches only the files checks read', async () => {
    const dir = serveFixture(emu, 'compliant-app');
    const from = emu.requests.length;
    const repo = await readGitHubRepo(await client(emu), 'emulated/compliant-app', { wants: WANTS });
    expect(countSince(emu, from)).toEqual({ 'repository:200': 1, 'commit:200': 1, 'tree:200': 1, 'graphql:200': 1 });
    const asked = emu.requests
      .slice(from)
      .flatMap((r) => r.objects ?? [])
      .map((e) => e.slice(e.indexOf(':') + 1))
      .sort();
    const local = await readLocalRepo(dir, { wants: WANTS });
    expect(asked).toEqual([...local.texts.keys()].sort());
    expect(asked.length).toBeLessThan(local.files.length);
    expect(repo.files).toEqual(local.files);
    expect(repo.texts).toEqual(local.texts);
    expect(repo.target).toMatchObject({
      source: 'github',
      ref: 'emulated/compliant-app',
      url: 'https://github.com/emulated/compliant-app',
    });
    expect(repo.target.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it("serves a real git repository with git's own object ids, and checks --ref at an older tag", async () => {
    const dir = gitRepo({ 'README.md': '# v1\n', LICENSE: 'MIT License\n' });
    git(dir, 'tag', 'v1');
    git(dir, 'rm', '-q', 'LICENSE');
    git(dir, 'commit', '-qm', 'drop license');
    emu.addRepo('git/history', dir);
    const gh = await client(emu);
    const head = await readGitHubRepo(gh, 'git/history', { wants: WANTS });
    expect(head.target.commit).toBe(git(dir, 'rev-parse', 'HEAD').trim());
    expect(head.files.map((f) => f.path)).toEqual(['README.md']);
    const old = await readGitHubRepo(gh, 'https://github.com/git/history/tree/v1', { wants: WANTS });
    expect(old.target.commit).toBe(git(dir, 'rev-parse', 'v1').trim());
    expect(old.texts.get('LICENSE')).toBe('MIT License\n');
    const byFlag = await readGitHubRepo(gh, 'git/history', { wants: WANTS, ref: 'v1' });
    expect(byFlag.target.commit).toBe(old.target.commit);
  });

  it("passes the host's metadata on: description, topics, license claim, archived, pushed date", async () => {
    serveFixture(emu, 'no-license', 'meta');
    emu.setMeta('meta/no-license', {
      description: 'A tool',
      topics: ['health'],
      license: 'MIT',
      archived: true,
      pushedAt: '2020-01-02T00:00:00Z',
    });
    const repo = await readGitHubRepo(await client(emu), 'meta/no-license', { wants: WANTS });
    expect(repo.meta).toMatchObject({
      name: 'no-license',
      description: 'A tool',
      topics: ['health'],
      licenseSpdx: 'MIT',
      archived: true,
      disabled: false,
      pushedAt: '2020-01-02T00:00:00Z',
      defaultBranch: 'main',
    });
  });
});

describe('cache', () => {
  it('re-checks with two 304s and no tree or blob request; --no-cache asks again', async () => {
    serveFixture(emu, 'python-poetry-clean', 'cached');
    const cacheDir = tempDir('dpg-check-cache-');
    const first = await readGitHubRepo(await client(emu, { cacheDir }), 'cached/python-poetry-clean', { wants: WANTS });
    const from = emu.requests.length;
    const again = await client(emu, { cacheDir });
    const second = await readGitHubRepo(again, 'cached/python-poetry-clean', { wants: WANTS });
    expect(countSince(emu, from)).toEqual({ 'repository:304': 1, 'commit:304': 1 });
    expect(again.stats).toEqual({ requests: 2, notModified: 2 });
    expect(second.texts).toEqual(first.texts);
    expect(second.files).toEqual(first.files);
    const uncachedFrom = emu.requests.length;
    await readGitHubRepo(await client(emu, { cacheDir: null }), 'cached/python-poetry-clean', { wants: WANTS });
    expect(countSince(emu, uncachedFrom)).toEqual({
      'repository:200': 1,
      'commit:200': 1,
      'tree:200': 1,
      'graphql:200': 1,
    });
  });

  it('keeps cache files private (0600 in a 0700 folder) and free of the token', async () => {
    serveFixture(emu, 'compliant-app', 'private');
    const cacheDir = join(tempDir('dpg-check-cache-'), 'nested');
    const token = 'ghp_SECRETsecretSECRETsecret0123456789';
    await readGitHubRepo(await client(emu, { cacheDir, token }), 'private/compliant-app', { wants: WANTS });
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    const files = readdirSync(cacheDir);
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) {
      expect(statSync(join(cacheDir, name)).mode & 0o777).toBe(0o600);
      expect(name + readFileSync(join(cacheDir, name), 'utf8')).not.toContain(token);
    }
  });
});

describe('trees GitHub truncates', () => {
  it('walks the subtrees and lists every file', async () => {
    const dir = serveFixture(emu, 'monorepo-mapbox-in-frontend', 'big');
    const whole = await readGitHubRepo(await client(emu, { cacheDir: null }), 'big/monorepo-mapbox-in-frontend', {
      wants: WANTS,
    });
    emu.setTreeEntryLimit(3);
    try {
      const from = emu.requests.length;
      const walked = await readGitHubRepo(await client(emu, { cacheDir: null }), 'big/monorepo-mapbox-in-frontend', {
        wants: WANTS,
      });
      expect(walked.files).toEqual(whole.files);
      expect(walked.files).toEqual((await readLocalRepo(dir, { wants: WANTS })).files);
      expect(walked.notes).toEqual(whole.notes);
      expect(countSince(emu, from)['tree:200']).toBeGreaterThan(2);
    } finally {
      emu.setTreeEntryLimit(100_000);
    }
  });

  it('notes the folders it could not list when the request cap is reached, never a silent pass', async () => {
    serveFixture(emu, 'monorepo-mapbox-in-frontend', 'capped');
    emu.setTreeEntryLimit(3);
    try {
      const repo = await readGitHubRepo(await client(emu, { cacheDir: null }), 'capped/monorepo-mapbox-in-frontend', {
        wants: WANTS,
        maxTreeRequests: 2,
      });
      const unlisted = repo.notes.filter((n) => n.reason === 'unreadable');
      expect(unlisted.length).toBeGreaterThan(0);
      expect(unlisted[0]?.detail).toMatch(/not listed/);
    } finally {
      emu.setTreeEntryLimit(100_000);
    }
  });
});

describe('hostile content', () => {
  it('never follows a symlink, and notes binary, invalid UTF-8 and over-long texts like the local source', async () => {
    const dir = gitRepo({
      'README.md': 'x'.repeat(5000),
      LICENSE: Buffer.from([0x4d, 0x49, 0x54, 0x00, 0x01]),
      'SECURITY.md': Buffer.from([0x61, 0xff, 0x62]),
      'CODE_OF_CONDUCT.md': 'ok\r\n',
    });
    const { symlinkSync } = await import('node:fs');
    symlinkSync('/etc/passwd', join(dir, 'NOTICE'));
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'link');
    emu.addRepo('hostile/repo', dir);
    const repo = await readGitHubRepo(await client(emu), 'hostile/repo', { wants: WANTS, maxFileBytes: 1000 });
    const local = await readLocalRepo(dir, { wants: WANTS, maxFileBytes: 1000 });
    expect(repo.texts.get('README.md')).toBe('x'.repeat(1000));
    expect(repo.texts.get('CODE_OF_CONDUCT.md')).toBe('ok\n');
    expect(repo.texts.has('NOTICE')).toBe(false);
    expect(repo.notes).toContainEqual({
      path: 'NOTICE',
      reason: 'special-file',
      detail: 'symbolic link: not followed',
    });
    const withoutLink = (notes: typeof repo.notes) => notes.filter((n) => n.path !== 'NOTICE');
    expect(withoutLink(repo.notes)).toEqual(withoutLink(local.notes));
    expect(repo.notes.map((n) => `${n.path}:${n.reason}`)).toEqual(
      expect.arrayContaining(['LICENSE:binary', 'SECURITY.md:invalid-utf8', 'README.md:truncated']),
    );
  });
});
