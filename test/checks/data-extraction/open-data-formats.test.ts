import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-extraction/open-data-formats.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const files = (...paths: string[]) => repo({}, { sizes: Object.fromEntries(paths.map((p) => [p, 100])) });

describe('data-extraction/open-data-formats', () => {
  it.each([
    ['only open formats', 'pass', files('data/districts.csv', 'data/boundaries.geojson')],
    ['a proprietary spreadsheet', 'warn', files('data/indicators.xlsx', 'data/districts.csv')],
    ['a Stata file', 'warn', files('survey/wave1.dta')],
    ['a proprietary file with an open copy', 'pass', files('data/indicators.xlsx', 'data/indicators.csv')],
    ['no data files', 'not-applicable', files('src/index.ts', 'README.md')],
    [
      'proprietary test fixtures only',
      'not-applicable',
      files('tests/fixtures/sample.xlsx', 'src/test/resources/a.sav'),
    ],
    [
      'vendored files and archive debris only',
      'not-applicable',
      files('vendors/phpexcel/example.xls', 'data/__MACOSX/._a.xlsx'),
    ],
  ] as const)('%s -> %s', (_name, expected, snapshot) => {
    expect(outcomeOf(check, snapshot)).toBe(expected);
  });

  it('names each proprietary file and the open files', () => {
    expect(runCheck(check, files('data/indicators.xlsx', 'data/districts.csv'))).toEqual([
      {
        outcome: 'warn',
        messageId: 'proprietary',
        path: 'data/indicators.xlsx',
        data: { path: 'data/indicators.xlsx' },
      },
      {
        outcome: 'pass',
        messageId: 'open',
        path: 'data/districts.csv',
        data: { count: 1, path: 'data/districts.csv' },
      },
    ]);
  });

  it('cites the open copy of a proprietary file', () => {
    expect(runCheck(check, files('data/Indicators.XLSX', 'data/indicators.csv'))[0]).toEqual({
      outcome: 'pass',
      messageId: 'openCopy',
      path: 'data/Indicators.XLSX',
      data: { path: 'data/Indicators.XLSX', copy: 'data/indicators.csv' },
    });
  });

  it('lists at most ten proprietary files and counts the rest', () => {
    const paths = Array.from({ length: 13 }, (_, i) => `data/table${String(i).padStart(2, '0')}.xls`);
    const findings = runCheck(check, files(...paths));
    expect(findings.filter((f) => f.messageId === 'proprietary')).toHaveLength(10);
    expect(findings.at(-1)).toEqual({ outcome: 'warn', messageId: 'more', data: { count: 3 } });
  });

  it('says there is nothing to judge without data files', () => {
    expect(runCheck(check, files('src/index.ts'))).toEqual([{ outcome: 'not-applicable', messageId: 'noData' }]);
  });
});
