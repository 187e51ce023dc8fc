/**
 * Batch over DPGA records (a publicgoods-candidates checkout, or its nominees/ folder): each product's
 * repositories are checked against its own record, merged with its screening answers, and the summaries
 * carry the DPGA's stage and exclusion reason so a reviewer can sort by disagreement.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../../../src/commands/batch/checker.js';
import { exclusionReasonOf, parseExclusionReasons } from '../../../src/commands/batch/input/exclusions.js';
import { loadBatchInput, type InputEntry } from '../../../src/commands/batch/input/index.js';
import type { BatchRecord } from '../../../src/commands/batch/record.js';
import { runBatch } from '../../../src/commands/batch/runner.js';
import { parseTarget } from '../../../src/commands/batch/targets.js';
import { emulator } from '../../sources/github/support.js';
import { PROJECT_ROOT } from '../../support/cli.js';
import { runCliInProcess } from '../../support/in-process-cli.js';
import { tempDir } from '../../support/tmp.js';
import { readResults } from './workspace.js';

const CANDIDATES = join(PROJECT_ROOT, 'fixtures', 'dpga-candidates');
const NOW = () => new Date('2026-01-15T00:00:00Z');
const DEVELOPER_TOOLS =
  'No longer accepting open source tools that are primarily used to support developers; focus has shifted to tools that are specifically oriented around supporting SDGs';

/** A copy of the fixture checkout, outside the project's work tree. */
function candidates(): string {
  const root = join(tempDir('dpg-batch-pgc-'), 'publicgoods-candidates');
  cpSync(CANDIDATES, root, { recursive: true });
  return root;
}

describe('parseExclusionReasons', () => {
  const table = [
    '# Excluded nominees',
    '',
    'Nominee | Exclusion Date | Reason',
    '--- | --- | ---',
    'Alpha Tool | May 1st, 2022 |  A developer tool',
    'Beta, Gamma & Delta | Sept 3rd, 2020 | Licence not approved',
    'Empty | June 1st, 2021 | ',
  ].join('\n');
  const reasons = parseExclusionReasons(table);

  it.each([
    ['Alpha Tool', 'A developer tool'],
    ['alpha-tool', 'A developer tool'],
    ['Gamma', 'Licence not approved'],
    ['Delta', 'Licence not approved'],
    ['Empty', undefined],
    ['Nominee', undefined],
    ['Unknown', undefined],
  ])('%s -> %s', (name, reason) => {
    expect(exclusionReasonOf(reasons, name)).toBe(reason);
  });
});

describe('batch input: a publicgoods-candidates checkout', () => {
  it('lists every repository of every record, with the record to check it against, its stage and exclusion reason', async () => {
    const root = candidates();
    const input = await loadBatchInput(root, { cwd: root });
    expect(input.kind).toBe('nominees');
    const rows = input.entries.map((e) => [
      e.target.key,
      e.from,
      e.answersFile,
      e.declared?.stage,
      e.declared?.excludedReason,
    ]);
    expect(rows).toEqual([
      [
        'github:ocean-data-factory-sweden/koster_data_management',
        join(root, 'nominees', 'koster-seafloor-observatory.json'),
        join(root, 'nominees', 'koster-seafloor-observatory.json'),
        'nominee',
        undefined,
      ],
      [
        'github:ocean-data-factory-sweden/koster_ml',
        join(root, 'nominees', 'koster-seafloor-observatory.json'),
        join(root, 'nominees', 'koster-seafloor-observatory.json'),
        'nominee',
        undefined,
      ],
      [
        'github:kimetrica/meron_api',
        join(root, 'nominees', 'meron.json'),
        join(root, 'nominees', 'meron.json'),
        'DPG',
        undefined,
      ],
      [
        'github:tensorflow/tensorflow',
        join(root, 'excluded-nominees', 'tensorflow.json'),
        join(root, 'excluded-nominees', 'tensorflow.json'),
        'nominee',
        DEVELOPER_TOOLS,
      ],
      [
        'github:nic-delhi/aarogyasetu_android',
        join(root, 'archive', 'aarogya-setu.json'),
        join(root, 'archive', 'aarogya-setu.json'),
        'archive',
        undefined,
      ],
    ]);
  });

  it('takes the nominees/ folder alone, and says an excluded record without a reason in the table is still excluded', async () => {
    const root = candidates();
    const nominees = await loadBatchInput('nominees', { cwd: root });
    expect(nominees.entries.map((e) => e.from)).toEqual([
      join('nominees', 'koster-seafloor-observatory.json'),
      join('nominees', 'koster-seafloor-observatory.json'),
      join('nominees', 'meron.json'),
    ]);
    cpSync(join(root, 'excluded-nominees', 'tensorflow.json'), join(root, 'excluded-nominees', 'other.json'));
    const renamed = JSON.parse(readFileSync(join(root, 'excluded-nominees', 'other.json'), 'utf8')) as object;
    writeFileSync(join(root, 'excluded-nominees', 'other.json'), JSON.stringify({ ...renamed, name: 'Not In Table' }));
    const excluded = await loadBatchInput('excluded-nominees', { cwd: root });
    expect(excluded.entries.map((e) => e.declared?.excludedReason)).toEqual([
      'excluded (no reason found in excluded-nominees/README.md)',
      DEVELOPER_TOOLS,
    ]);
  });
});

describe('batch checker with a record', () => {
  it('checks a local folder against the record and its screening answers, not against its own answers', async () => {
    const root = candidates();
    const folder = join(tempDir('dpg-batch-local-'), 'meron');
    cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', 'invalid-declaration'), folder, { recursive: true });
    const record = join(root, 'nominees', 'meron.json');
    const target = parseTarget(folder, { baseDir: '/', isDirectory: () => true });
    const entries: InputEntry[] = [
      { target, from: 'test', answersFile: record },
      { target: parseTarget(`${folder}/.`, { baseDir: '/', isDirectory: () => true }), from: 'test' },
    ];
    const written: BatchRecord[] = [];
    const checker = createChecker({ github: {}, now: NOW });
    await runBatch({ items: entries, concurrency: 1, check: checker.check, write: async (r) => void written.push(r) });
    const [withRecord, own] = written;
    expect(withRecord && 'report' in withRecord ? withRecord.report.declaration : undefined).toMatchObject({
      source: 'file',
      path: record,
      screening: join(root, 'digitalpublicgoods', 'meron.json'),
    });
    // Without a record, the folder's own (invalid) dpg.yml is read: an input error row.
    expect(own && 'error' in own ? own.error.kind : undefined).toBe('input');
  });
});

describe('dpg-check batch over a publicgoods-candidates checkout (GitHub emulated)', () => {
  it('writes the stage and the exclusion reason into every summary, and lists the disagreements', async () => {
    const emu = await emulator();
    const served = (repo: string, fixture: string) => {
      const dir = join(tempDir('dpg-batch-pgc-gh-'), fixture);
      cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', fixture), dir, { recursive: true });
      emu.addRepo(repo, dir);
    };
    served('kimetrica/MERON_api', 'no-license');
    served('ocean-data-factory-sweden/koster_data_management', 'compliant-app');
    served('ocean-data-factory-sweden/koster_ml', 'compliant-app');
    served('tensorflow/tensorflow', 'developer-library');
    served('nic-delhi/AarogyaSetu_Android', 'compliant-app');
    const root = candidates();
    const cwd = tempDir('dpg-batch-pgc-out-');
    const run = await runCliInProcess(
      ['batch', root, '--out', 'out', '--format', 'csv,md', '--api-url', emu.url, '--no-cache', '--retries', '0', '-q'],
      { cwd },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = readResults(join(cwd, 'out'));
    expect(results).toHaveLength(5);
    const meron = results.find((r) => r.key === 'github:kimetrica/meron_api') as BatchRecord | undefined;
    expect(meron && 'report' in meron ? meron.report.declaration?.screening : undefined).toBe(
      join(root, 'digitalpublicgoods', 'meron.json'),
    );
    expect(meron?.declared).toMatchObject({ product: 'MERON', stage: 'DPG' });

    const csv = parse(readFileSync(join(cwd, 'out', 'summary.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(csv[0] ?? {}).slice(-3)).toEqual(['stage', 'excluded_reason', 'error']);
    const cellsOf = (target: string) => csv.find((row) => row['target'] === target);
    expect(cellsOf('https://github.com/kimetrica/MERON_api')).toMatchObject({
      product: 'MERON',
      stage: 'DPG',
      excluded_reason: '',
    });
    expect(cellsOf('https://github.com/tensorflow/tensorflow')).toMatchObject({
      stage: 'nominee',
      excluded_reason: DEVELOPER_TOOLS,
    });

    const md = readFileSync(join(cwd, 'out', 'summary.md'), 'utf8');
    // MERON's repository here holds no license: an approved DPG with a fail, to be reviewed.
    expect(md).toContain("## Verdict vs the DPGA's decision (1 to review)");
    expect(md).toMatch(/\| https:\/\/github\.com\/kimetrica\/MERON\\_api \| MERON \| DPG \| not eligible \| 2[,| ]/);
    expect(md).toContain('| Target | DPGA | Verdict |');
  });
});
