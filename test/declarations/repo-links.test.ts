import { describe, expect, it } from 'vitest';
import check from '../../src/checks/harassment-protection/interaction-protection-declared.js';
import { existsInRepo, repoLinkOf } from '../../src/declarations/repo-links.js';
import { repo } from '../helpers.js';
import { runWithAnswers } from './claims-helpers.js';

const named = repo({ 'PRIVACY.md': '#', LICENSE: 'MIT', 'docs/a b.md': '#' }, { meta: { name: 'clinic-queue' } });
const known = repo(
  { 'PRIVACY.md': '#' },
  { meta: { name: 'clinic-queue' }, target: { url: 'https://gitlab.com/health/clinic-queue' } },
);

describe('links into this repository', () => {
  it.each([
    ['PRIVACY.md', { path: 'PRIVACY.md' }],
    ['LICENSE', { path: 'LICENSE' }],
    ['./docs/', { path: 'docs' }],
    ['/docs/a%20b.md#intro', { path: 'docs/a b.md' }],
    ['https://github.com/example/clinic-queue/blob/main/PRIVACY.md', { path: 'PRIVACY.md', ref: 'main' }],
    ['https://github.com/example/Clinic-Queue.git/tree/v1.0/docs', { path: 'docs', ref: 'v1.0' }],
    ['https://raw.githubusercontent.com/example/clinic-queue/abc123/docs/x.md', { path: 'docs/x.md', ref: 'abc123' }],
    ['../../etc/passwd', { path: '../../etc/passwd', outside: true }],
  ])('%s is in the repository', (value, expected) => {
    expect(repoLinkOf(value, named)).toEqual(expected);
  });

  it.each([
    ['We follow the GDPR.'],
    ['GDPR'],
    ['1.2.3'],
    ['https://example.org/PRIVACY.md'],
    ['mailto:a@example.org'],
    ['n/a'],
    ['N/A.'],
    ['https://github.com/example/other-repo/blob/main/PRIVACY.md'],
    [''],
  ])('%s is not', (value) => {
    expect(repoLinkOf(value, named)).toBeUndefined();
  });

  it('uses the source URL when known: same name on another host is another repository', () => {
    expect(repoLinkOf('https://github.com/health/clinic-queue/blob/main/PRIVACY.md', known)).toBeUndefined();
    expect(repoLinkOf('https://gitlab.com/health/clinic-queue/-/blob/main/PRIVACY.md', known)).toEqual({
      path: 'PRIVACY.md',
      ref: 'main',
    });
  });

  it('finds files and folders that exist, and never a path outside', () => {
    expect(existsInRepo(named, { path: 'docs' })).toBe(true);
    expect(existsInRepo(named, { path: 'doc' })).toBe(false);
    expect(existsInRepo(named, { path: '', outside: true })).toBe(false);
  });
});

describe('harassment-protection/interaction-protection-declared as a cross-check', () => {
  it('cites the userInteraction line when the repository has no code of conduct', () => {
    const dpg = 'doNoHarm:\n  protectionFromHarassment:\n    userInteraction: "Yes"\n';
    expect(runWithAnswers(check, repo({ 'dpg.yml': dpg }))[2]).toEqual({
      outcome: 'warn',
      messageId: 'noRepoProcess',
      path: 'dpg.yml',
      line: 3,
    });
  });
});
