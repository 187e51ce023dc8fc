import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { RateLimitPacer, resourceOf } from '../../../src/sources/github/pacer.js';
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
    expect(parseGitHubTarget('https://git.example.org/team/app', 'https://git.example.org/api/v3')).toMatchObject({
      owner: 'team',
      name: 'app',
    });
    expect(() => parseGitHubTarget('https://gitlab.com/team/app')).toThrow(/gitlab\.com is not github\.com/);
    expect(() => parseGitHubTarget('git@gitlab.com:team/app.git')).toThrow(UsageError);
  });

  it.each([
    'https://github.com/octo',
    'https://github.com/',
    'octo/..',
    '-bad/app',
    'https://github.com/octo/app name',
  ])('rejects %s', (input) => {
    expect(() => parseGitHubTarget(input)).toThrow(/is not a GitHub repository address/);
  });
});

describe('classifyTarget', () => {
  it('an existing folder wins; ./a/b and absolute paths are local; URLs are never local', async () => {
    expect(await classifyTarget('.')).toBe('local');
    expect(await classifyTarget('./octo/app')).toBe('local');
    expect(await classifyTarget(tempDir())).toBe('local');
    expect(await classifyTarget('test/sources')).toBe('local');
    expect(await classifyTarget('no-such-owner/no-such-repo')).toMatchObject({
      owner: 'no-such-owner',
      name: 'no-such-repo',
    });
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
    const pacer = new RateLimitPacer({
      reserve: 2,
      maxWaitMs: 3_600_000,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
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
    const short = new RateLimitPacer({
      reserve: 2,
      maxWaitMs: 1000,
      now: () => 1_000_000,
      sleep: async (ms) => {
        slept.push(ms);
      },
    });
    short.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1600' });
    await short.wait();
    expect(slept).toEqual([]);
  });

  it('counts each request it lets out, so a burst in flight cannot overshoot the budget', async () => {
    const { pacer, slept } = setup(1_000_000);
    pacer.update({ 'x-ratelimit-remaining': '5', 'x-ratelimit-reset': '1600' });
    for (let i = 0; i < 3; i += 1) await pacer.wait();
    expect(slept).toEqual([]);
    await pacer.wait();
    expect(slept).toEqual([601_000]);
  });

  it('keeps REST and GraphQL budgets apart, as GitHub does', async () => {
    const { pacer, slept } = setup(1_000_000);
    pacer.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1600', 'x-ratelimit-resource': 'core' });
    pacer.update({ 'x-ratelimit-remaining': '100', 'x-ratelimit-reset': '1600' }, 'graphql');
    await pacer.wait('graphql');
    expect(slept).toEqual([]);
    await pacer.wait('core');
    expect(slept).toEqual([601_000]);
    expect(resourceOf('https://api.github.com/graphql')).toBe('graphql');
    expect(resourceOf('/repos/{owner}/{repo}')).toBe('core');
  });

  it('after a reset, lets waiting requests out one count at a time from the full budget', async () => {
    let now = 1_000_000;
    const slept: number[] = [];
    const pacer = new RateLimitPacer({
      reserve: 0,
      maxWaitMs: 3_600_000,
      now: () => now,
      sleep: async (ms) => {
        slept.push(ms);
        now += ms;
      },
    });
    pacer.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1001', 'x-ratelimit-limit': '2' });
    await Promise.all([pacer.wait(), pacer.wait(), pacer.wait()]);
    // Three waiters, a budget of two a window: two go out in the new window, the third waits for the next.
    expect(slept).toHaveLength(2);
    expect(slept[0]).toBe(2000);
    expect(slept[1]).toBeGreaterThan(3_000_000);
    expect(pacer.current?.remaining).toBe(1);
  });

  it('takes the real reset of the new window from the first response after a refill', async () => {
    let now = 1_000_000;
    const pacer = new RateLimitPacer({
      reserve: 0,
      maxWaitMs: 3_600_000,
      now: () => now,
      sleep: async (ms) => {
        now += ms;
      },
    });
    pacer.update({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1001', 'x-ratelimit-limit': '10' });
    await pacer.wait();
    pacer.update({ 'x-ratelimit-remaining': '9', 'x-ratelimit-reset': '1061', 'x-ratelimit-limit': '10' });
    expect(pacer.current).toEqual({ remaining: 9, reset: 1061 });
  });
});
