import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/docs-coverage.js';
import { repo, runCheck } from '../../helpers.js';

const paths = (list: string[]) => repo({}, { sizes: Object.fromEntries(list.map((p) => [p, 10])) });

describe('documentation/docs-coverage', () => {
  it('passes when all five kinds are present and cites one file for each', () => {
    const findings = runCheck(
      check,
      paths([
        'docs/img/shot.png',
        'mkdocs.yml',
        'CONTRIBUTING.md',
        'CHANGELOG.md',
        'docs/architecture.md',
        'api/openapi.yaml',
      ]),
    );
    expect(findings.map((f) => [f.outcome, f.messageId, f.path])).toEqual([
      ['pass', 'found', 'mkdocs.yml'],
      ['pass', 'found', 'CONTRIBUTING.md'],
      ['pass', 'found', 'CHANGELOG.md'],
      ['pass', 'found', 'docs/architecture.md'],
      ['pass', 'found', 'api/openapi.yaml'],
      ['pass', 'complete', undefined],
    ]);
    expect(findings[0]?.data).toMatchObject({ kind: 'docs folder or docs-site config', count: 3 });
  });

  it('passes with three of five and names what is missing', () => {
    const findings = runCheck(check, paths(['docs/index.md', '.github/CONTRIBUTING.md', 'HISTORY.rst']));
    expect(findings.at(-1)).toEqual({
      outcome: 'pass',
      messageId: 'enough',
      data: { count: 3, total: 5, min: 3, missing: 'architecture documentation, API reference' },
    });
  });

  it.each([
    [['README.md'], 0],
    [['README.md', 'CHANGELOG.md'], 1],
    [['schema.graphql', 'design/system.drawio'], 2],
  ])('warns when only some kinds are present: %o', (list, count) => {
    const findings = runCheck(check, paths(list));
    expect(findings.filter((f) => f.messageId === 'found')).toHaveLength(count);
    expect(findings.at(-1)).toMatchObject({ outcome: 'warn', messageId: 'thin', data: { count, total: 5 } });
  });
});
