import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareLicenses } from '../../../src/commands/batch/license-agreement.js';
import type { BatchRecord } from '../../../src/commands/batch/record.js';
import { csvCell } from '../../../src/commands/batch/summary/csv.js';
import { writeSummaries } from '../../../src/commands/batch/summary/index.js';
import { escapeCell } from '../../../src/commands/batch/summary/markdown.js';
import type { Report, Verdict } from '../../../src/model/report.js';
import { CANONICAL_REPORT } from '../../reporters/canonical.js';
import { tempDir } from '../../support/tmp.js';

function report(ref: string, verdict: Verdict, score: number, expression: string | null): Report {
  return {
    ...CANONICAL_REPORT,
    target: { ...CANONICAL_REPORT.target, ref },
    licenses: { ...CANONICAL_REPORT.licenses, expression },
    summary: { ...CANONICAL_REPORT.summary, verdict, score },
  };
}

const declared = (product: string, ...licenses: string[]) => ({ declared: { product, licenses } });

const RECORDS: BatchRecord[] = [
  {
    key: 'github:org/gaps-low',
    target: 'org/gaps-low',
    from: 'r.json records[0] (a)',
    ...declared('Low', 'GPL-3.0'),
    report: report('org/gaps-low', 'gaps', 40, 'GPL-3.0-or-later'),
  },
  {
    key: 'github:org/ready',
    target: 'org/ready',
    from: 'r.json records[1] (b)',
    ...declared('Ready', 'MIT', 'CC-BY-4.0'),
    report: report('org/ready', 'ready', 100, 'MIT'),
  },
  {
    key: 'github:org/missing',
    target: 'org/missing',
    from: 'r.json records[2] (c)',
    ...declared('Missing', 'MIT'),
    error: { kind: 'source', message: 'org/missing: no such repository, or no access', hint: 'set GITHUB_TOKEN' },
  },
  {
    key: 'github:org/gaps-high',
    target: 'org/gaps-high',
    from: 'r.json records[3] (d)',
    ...declared('High', 'Apache-2.0'),
    report: report('org/gaps-high', 'gaps', 80, 'MIT'),
  },
  {
    key: 'github:org/none',
    target: 'org/none',
    from: 'r.json records[4] (e)',
    ...declared('None', 'AGPL-3.0'),
    report: report('org/none', 'not-eligible', 10, null),
  },
  {
    key: 'local:/x/=cmd|evil',
    target: '=HYPERLINK("http://evil")|<b>x</b>',
    from: 'r.json records[5] (f)',
    ...declared('Hostile, "quoted"', 'MIT'),
    error: { kind: 'invalid-target', message: '=HYPERLINK("http://evil")|<b>x</b>\nsecond line' },
  },
];

function resultsFile(records: readonly BatchRecord[]): { dir: string; path: string } {
  const dir = tempDir('dpg-batch-summary-');
  const path = join(dir, 'results.jsonl');
  writeFileSync(path, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return { dir, path };
}

describe('summaries built from results.jsonl', () => {
  it('writes summary.csv in file order and summary.md sorted by verdict then score, with license disagreements', async () => {
    const { dir, path } = resultsFile(RECORDS);
    const counts = await writeSummaries({
      resultsPath: path,
      shownAs: 'results.jsonl',
      outDir: dir,
      formats: ['csv', 'md'],
      withDeclared: true,
    });
    expect(counts).toEqual({ total: 6, failed: 2 });
    await expect(readFileSync(join(dir, 'summary.csv'), 'utf8')).toMatchFileSnapshot(
      '__snapshots__/registry-summary.csv',
    );
    await expect(readFileSync(join(dir, 'summary.md'), 'utf8')).toMatchFileSnapshot(
      '__snapshots__/registry-summary.md',
    );
  });

  it('counts each target once and leaves out a half-written last line', async () => {
    const { dir, path } = resultsFile([...RECORDS.slice(0, 2), RECORDS[0] as BatchRecord]);
    appendFileSync(path, '{"key":"github:org/cut","target":"org/cut","rep');
    const counts = await writeSummaries({
      resultsPath: path,
      shownAs: 'results.jsonl',
      outDir: dir,
      formats: ['csv'],
      withDeclared: false,
    });
    expect(counts).toEqual({ total: 2, failed: 0 });
    const lines = readFileSync(join(dir, 'summary.csv'), 'utf8').split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).not.toContain('declared_license');
  });

  it('stops at a whole line that is not a record, naming it', async () => {
    const { dir, path } = resultsFile(RECORDS.slice(0, 1));
    appendFileSync(path, 'not json\n');
    await expect(
      writeSummaries({
        resultsPath: path,
        shownAs: 'out/results.jsonl',
        outDir: dir,
        formats: ['md'],
        withDeclared: false,
      }),
    ).rejects.toThrow('out/results.jsonl:2 is not a dpg-check batch record');
  });
});

describe('cells', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['=a,"b"', `"'=a,""b"""`],
  ])('CSV: %j -> %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('Markdown: no HTML, no column breaks, no links, one line', () => {
    expect(escapeCell('a|b <script>x</script> [link](http://x) *em* `c`\nnext')).toBe(
      'a\\|b &lt;script&gt;x&lt;/script&gt; \\[link\\](http://x) \\*em\\* \\`c\\` next',
    );
  });
});

describe('compareLicenses', () => {
  it.each([
    [['GPL-3.0'], 'GPL-3.0-or-later', 'agree'],
    [['AGPL-3.0'], 'AGPL-3.0-only', 'agree'],
    [['MIT', 'CC-BY-4.0'], 'MIT', 'agree'],
    [['Apache-2.0'], 'MIT OR Apache-2.0', 'agree'],
    [['LGPL-2.1'], 'LGPL-2.1-or-later WITH Classpath-exception-2.0', 'agree'],
    [['Apache-2.0'], 'MIT', 'disagree'],
    [['GPL-2.0'], 'GPL-3.0-only', 'disagree'],
    [['MIT'], null, 'not-found'],
    [['MIT'], 'LicenseRef-custom', 'not-found'],
    [[], 'MIT', 'not-declared'],
  ] as const)('declared %j, found %j: %s', (declaredIds, found, agreement) => {
    expect(compareLicenses(declaredIds, found)).toBe(agreement);
  });
});
