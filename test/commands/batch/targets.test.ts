import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTarget, type ParseContext } from '../../../src/commands/batch/targets.js';
import { tempDir } from '../../support/tmp.js';

const base = tempDir('dpg-batch-targets-');
mkdirSync(join(base, 'checkouts', 'tool'), { recursive: true });
const context: ParseContext = {
  baseDir: base,
  isDirectory: (path) => path === join(base, 'checkouts', 'tool') || path === base,
};

describe('parseTarget', () => {
  it.each([
    'https://github.com/Owner/Repo',
    'https://github.com/owner/repo.git',
    'https://github.com/owner/repo/',
    'http://www.github.com/OWNER/REPO',
    'git@github.com:owner/repo.git',
    'ssh://git@github.com/owner/repo',
    'git://github.com/owner/repo.git',
    'owner/repo',
    'OWNER/Repo',
  ])('reads %s as github:owner/repo', (text) => {
    const target = parseTarget(text, context);
    expect(target.kind).toBe('github');
    expect(target.key).toBe('github:owner/repo');
    expect(target.text).toBe(text);
  });

  it('keeps a branch named in the URL in the key: another ref is another target', () => {
    expect(parseTarget('https://github.com/owner/repo/tree/v2', context).key).toBe('github:owner/repo@v2');
  });

  it('reads an existing a/b folder as local, and ./a/b always', () => {
    expect(parseTarget('checkouts/tool', context)).toMatchObject({
      kind: 'local',
      path: join(base, 'checkouts', 'tool'),
    });
    expect(parseTarget('./owner/repo', context)).toMatchObject({
      kind: 'local',
      key: `local:${join(base, 'owner', 'repo')}`,
    });
  });

  it('gives every spelling of one folder one key', () => {
    const keys = [
      'checkouts/tool',
      './checkouts/tool/',
      join(base, 'checkouts', 'tool'),
      'checkouts/../checkouts/tool',
    ].map((t) => parseTarget(t, context).key);
    expect(new Set(keys).size).toBe(1);
  });

  it.each([
    ['https://gitlab.com/group/project', /gitlab\.com is not github\.com/],
    ['https://github.com/only-owner', /not a GitHub repository address/],
    ['git@bitbucket.org:team/repo.git', /bitbucket\.org is not github\.com/],
  ])('turns %s into an invalid target with a reason', (text, reason) => {
    const target = parseTarget(text, context);
    expect(target.kind).toBe('invalid');
    if (target.kind === 'invalid') expect(target.message).toMatch(reason);
  });

  it('accepts the --api-url host (GitHub Enterprise Server)', () => {
    const target = parseTarget('https://ghe.example.org/team/app', {
      ...context,
      apiUrl: 'https://ghe.example.org/api/v3',
    });
    expect(target).toMatchObject({ kind: 'github', key: 'github:team/app' });
  });
});
