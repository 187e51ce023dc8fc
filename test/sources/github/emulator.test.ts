/** The emulator must be honest: GitHub's shapes, git's object ids, ETags, rate-limit headers, strict GraphQL. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { GitHubEmulator } from '../../support/github-emulator/server.js';
import { git, gitRepo } from '../../support/tmp.js';
import { emulator, serveFixture } from './support.js';

let emu: GitHubEmulator;
let dir: string;
beforeAll(async () => {
  emu = await emulator({ treeEntryLimit: 2 });
  dir = gitRepo({ 'README.md': '# hi\n', 'docs/a.md': 'a', 'docs/deep/b.md': 'b', 'run.sh': '#!/bin/sh\n' });
  emu.addRepo('real/git', dir);
  serveFixture(emu, 'compliant-app', 'plain');
});

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${emu.url}${path}`, { headers });
const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  fetch(`${emu.url}/graphql`, { method: 'POST', body: JSON.stringify({ query, variables }) }).then(
    (r) => r.json() as Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }>,
  );

describe('REST', () => {
  it('computes the same tree SHA as git, for a git repository and for a plain folder', async () => {
    const head = git(dir, 'rev-parse', 'HEAD').trim();
    const answer = (await (await get(`/repos/real/git/git/trees/${head}`)).json()) as {
      sha: string;
      tree: { path: string; type: string }[];
    };
    expect(answer.sha).toBe(git(dir, 'rev-parse', 'HEAD^{tree}').trim());
    expect(answer.tree.map((e) => `${e.type}:${e.path}`)).toEqual(['blob:README.md', 'tree:docs', 'blob:run.sh']);
    const plain = await (
      await get('/repos/plain/compliant-app/commits/main', { accept: 'application/vnd.github.sha' })
    ).text();
    expect(plain).toMatch(/^[0-9a-f]{40}$/);
  });

  it('truncates recursive trees over the entry limit, as GitHub does at 100,000', async () => {
    const answer = (await (await get('/repos/real/git/git/trees/main?recursive=1')).json()) as {
      truncated: boolean;
      tree: unknown[];
    };
    expect(answer).toMatchObject({ truncated: true });
    expect(answer.tree).toHaveLength(2);
  });

  it('answers If-None-Match with 304 and rate-limit headers on every response, 304s free', async () => {
    const first = await get('/repos/plain/compliant-app');
    const etag = first.headers.get('etag') ?? '';
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    const second = await get('/repos/plain/compliant-app', { 'if-none-match': etag });
    expect(second.status).toBe(304);
    expect(Number(second.headers.get('x-ratelimit-remaining'))).toBe(remaining);
    expect(second.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
    const missing = await get('/repos/plain/nothing');
    expect(missing.status).toBe(404);
    expect(Number(missing.headers.get('x-ratelimit-remaining'))).toBe(remaining - 1);
  });
});

describe('GraphQL', () => {
  it('answers aliased object(expression:) blobs', async () => {
    const answer = await graphql(
      'query($o: String!, $e: String!) { repository(owner: $o, name: "git") { a: object(expression: $e) { ... on Blob { byteSize isBinary text } } b: object(expression: "main:nope") { ... on Blob { text } } } }',
      { o: 'real', e: 'main:docs/deep/b.md' },
    );
    expect(answer).toEqual({ data: { repository: { a: { byteSize: 1, isBinary: false, text: 'b' }, b: null } } });
  });

  it('rejects fields it does not know, with a GraphQL error', async () => {
    expect(
      (await graphql('{ repository(owner: "real", name: "git") { issues { totalCount } } }')).errors?.[0]?.message,
    ).toMatch(/issues/);
    expect(
      (
        await graphql(
          '{ repository(owner: "real", name: "git") { object(expression: "main:README.md") { ... on Blob { secret } } } }',
        )
      ).errors?.[0]?.message,
    ).toMatch(/Field 'secret' doesn't exist on type 'Blob'/);
    expect((await graphql('mutation { x }')).errors).toHaveLength(1);
    expect(
      (await graphql('{ repository(owner: "no", name: "pe") { object(expression: "x:y") { ... on Blob { text } } } }'))
        .errors?.[0],
    ).toMatchObject({ type: 'NOT_FOUND' });
  });
});
