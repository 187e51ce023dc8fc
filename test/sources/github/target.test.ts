import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { RateLimitPacer } from '../../../src/sources/github/pacer.js';
import { classifyTarget, graphqlUrlOf, parseGitHubTarget, webUrlOf } from '../../../src/sources/github/target.js';
import { tempDir } from '../../support/tmp.js';

describe('parseGitHubTarget', () => {
  it.each([
    ['octo/app', { owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app', { owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app/', { owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app.git', { owner: 'octo', name: 'app' }],
    ['http://www.github.com/octo/app', { owner: 'octo', name: 'app' }],
    ['https://github.com/octo/app/tree/release/v2', { owner: 'octo', name: 'app', ref: 'release' }],
    ['https://github.com/octo/app/tree/v2.1.0/docs/x.md', { owner: 'octo', name: 'app', ref: 'v2.1.0' }],
    ['git@github.com:octo/app.git', { owner: 'octo', name: 'app' }],
    ['git@github.com:octo/app', { owner: 'octo', name: 'app' }],
    ['ssh://git@github.com/octo/app.git', { owner: 'octo', name: 'app' }],
    ['git://github.com/octo/app.git', { owner: 'octo', name: 'app' }],
    ['octo-org/my.app_2', { owner: 'octo-org', name: 'my.app_2' }],
  ])('%s', (input, expected) => {
    expect(parseGitHubTarget(input)).toEqual({ ...expected, input });
  });

  it('accepts another host only when it is the --api-url host (GitHub Enterprise Server)', () => {
    expect(parseGitHubTarget('https://git.example.org/team/app', 'https://git.example.org/api/v3')).toMatchObject({ owner: 'team', name: 'app' });
    expect(() => parseGitHubTarget('https://gitlab.com/team/app')).toThrow(/gitlab\.com is not github\.com/);
    expect(() => parseGitHubTarget('git@gitlab.com:team/app.git')).toThrow(UsageError);
  });

  it.each(['https://github.com/octo', 'https://github.com/', 'octo/..', '-bad/app', 'https://github.com/octo/app name'])('rejects %s', (input) => {
    expect(() => parseGitHubTarget(input)).toThrow(/is not a GitHub repository address/);
  });
});

describe('classifyTarget', () => {
  it('an existing folder wins; ./a/b and absolute paths are local; URLs are never local', async () => {
    expect(await classifyTarget('.')).toBe('local');
    expect(await classifyTarget('./octo/app')).toBe('local');
    expect(await classifyTarget(tempDir())).toBe('local');
    expect(await classifyTarget('test/sources')).toBe('local');
    expect(await classifyTarget('no-such-owner/no-such-repo')).toMatchObject({ owner: 'no-such-owner', name: 'no-such-repo' });
    expect(await classifyTarget('https://github.com/test/sources')).toMatchObject({ owner: 'test', name: 'sources' });
  });
});

describe('GitHub Enterprise Server addresses', () => {
  it('GraphQL at /api/graphql and the web URL on the GHES host; github.com otherwise', () => {
    expect(graphqlUrlOf('https://git.example.org/api/v3')).toBe('https://git.example.org/api/graphql');
    expect(graphqlUrlOf('https://api.github.com')).toBe('https://api.github.com/graphql');
    expect(webUrlOf({ owner: 'a', name: 'b' }, 'https://git.example.org/api/v3/')).toBe('https://git.example.org/a/b');
    expect(webUrlOf({ owner: 'a', name: 'b' }, 'http://127.0.0.1:9999')).toBe('https://github.com/a/b');
  });
});

describe('RateLimitPacer', () => {
  const setup = (now: number) => {
    const slept: number[] = [];
    const pacer = new RateLimitPacer({ reserve: 2, maxWaitMs: 3_600_000, now: () => now, sleep: async (ms) => { slept.push(ms); } });
    return { pacer, slept };
  };

  it('waits for the reset when the budget is nearly spent, instead of failing', async () => {
    const { pacer, slept } = setup(1_000_000);
    pacer.update({ 'x-ratelimit-remaining': '2', 'x-ratelimit-reset': '1600' });
    await pacer.wait();
    expect(slept).toEqual([601_000]);
  });

  it('does not wait with budget left, after the reset, or longer than allowed', async () => {
    const { pacer, slept } = setup(1_000_000);
    pacer.update({ 'x-ratelimit-remaining': '50', 'x-ratelimit-reset': '1600' });
    await pacer.wait();
    pacer.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '900' }); // an older window: ignored
    await pacer.wait();
    expect(slept).toEqual([]);
    const short = new RateLimitPacer({ reserve: 2, maxWaitMs: 1000, now: () => 1_000_000, sleep: async (ms) => { slept.push(ms); } });
    short.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1600' });
    await short.wait();
    expect(slept).toEqual([]);
  });
});
