import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/standards-best-practices/practices-detected.js';
import { repo, runCheck } from '../../helpers.js';

const paths = (list: string[]) => repo({}, { sizes: Object.fromEntries(list.map((p) => [p, 10])) });

const ALL = [
  '.github/workflows/ci.yml',
  'tests/test_app.py',
  '.editorconfig',
  '.github/dependabot.yml',
  'SECURITY.md',
  'CONTRIBUTING.md',
  'CODE_OF_CONDUCT.md',
  'CHANGELOG.md',
  'publiccode.yml',
  'REUSE.toml',
];

describe('standards-best-practices/practices-detected', () => {
  it('finds all ten practices and cites a file for each', () => {
    const findings = runCheck(check, paths(ALL));
    expect(findings.slice(0, 10).map((f) => [f.outcome, f.messageId, f.path])).toEqual(
      ALL.map((p) => ['pass', 'found', p]),
    );
    expect(findings[10]).toEqual({ outcome: 'pass', messageId: 'complete', data: { count: 10, total: 10, min: 4 } });
  });

  it.each([['LICENSES/MIT.txt'], ['.reuse/dep5']])('detects REUSE metadata from %s', (path) => {
    expect(runCheck(check, paths([path]))[0]).toMatchObject({
      messageId: 'found',
      path,
      data: { practice: 'REUSE licensing metadata' },
    });
  });

  it('passes with four practices and lists the ones not found', () => {
    const findings = runCheck(
      check,
      paths(['.gitlab-ci.yml', 'src/app.test.ts', '.prettierrc', '.github/SECURITY.md']),
    );
    expect(findings.at(-1)).toMatchObject({ outcome: 'pass', messageId: 'enough', data: { count: 4 } });
    expect(String(findings.at(-1)?.data?.missing)).toBe(
      'dependency updates, contributing guide, code of conduct, changelog, publiccode.yml (Standard for Public Code), REUSE licensing metadata',
    );
  });

  it('warns with fewer than four and says what to add', () => {
    const findings = runCheck(check, paths(['Jenkinsfile', 'CONTRIBUTING.md', 'src/main.c']));
    expect(findings.map((f) => [f.outcome, f.messageId, f.path])).toEqual([
      ['pass', 'found', 'Jenkinsfile'],
      ['pass', 'found', 'CONTRIBUTING.md'],
      ['warn', 'few', undefined],
    ]);
    expect(String(findings[2]?.data?.missing)).toContain('SECURITY.md saying how to report a vulnerability');
  });

  it('warns on a repository with no practice files', () => {
    expect(runCheck(check, paths(['main.go']))).toMatchObject([
      { outcome: 'warn', messageId: 'few', data: { count: 0 } },
    ]);
  });
});
