import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { readResults, workspace } from './workspace.js';

const LIST = [
  '# round 3',
  'compliant-app',
  './compliant-app/   # the same folder again',
  'no-license',
  '',
  'gpl-only-copying',
  'missing-folder',
  'two words',
].join('\n');

describe('dpg-check batch on local folders', () => {
  it('checks each distinct target once, writes a row for each failure and exits 3', () => {
    const ws = workspace();
    ws.file('repos.txt', LIST);
    const run = runCli(['batch', 'repos.txt', '--out', 'out'], { cwd: ws.dir });
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('1 repeated target(s) will be checked once');
    expect(run.stderr).toContain('3 of 5 checked, 2 could not be read');
    const results = readResults(join(ws.dir, 'out'));
    const byTarget = Object.fromEntries(results.map((r) => [r.target, r]));
    expect(Object.keys(byTarget).sort()).toEqual([
      'compliant-app',
      'gpl-only-copying',
      'missing-folder',
      'no-license',
      'two words',
    ]);
    expect(byTarget['compliant-app']?.report?.summary.verdict).toBe('ready');
    expect(byTarget['compliant-app']?.from).toBe('repos.txt:2');
    expect(byTarget['no-license']?.report?.summary.verdict).toBe('not-eligible');
    expect(byTarget['missing-folder']?.error).toMatchObject({
      kind: 'input',
      message: expect.stringContaining('no such file or directory'),
    });
    expect(byTarget['two words']?.error).toMatchObject({
      kind: 'invalid-target',
      message: 'two words holds more than one word',
    });
    const csv = readFileSync(join(ws.dir, 'out', 'summary.csv'), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv).toHaveLength(6);
    const md = readFileSync(join(ws.dir, 'out', 'summary.md'), 'utf8');
    expect(md).toContain(
      '| ready | 1 |\n| gaps | 1 |\n| not eligible | 1 |\n| could not be checked | 2 |\n| **total** | 5 |',
    );
  });

  it('exits 0 when every target was checked, whatever the verdicts, and --quiet says nothing', () => {
    const ws = workspace();
    ws.file('repos.txt', 'compliant-app\nno-license\n');
    const run = runCli(['batch', 'repos.txt', '-q', '--format', 'md'], { cwd: ws.dir });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readResults(join(ws.dir, 'dpg-check-results'))).toHaveLength(2);
    expect(existsSync(join(ws.dir, 'dpg-check-results', 'summary.md'))).toBe(true);
    expect(existsSync(join(ws.dir, 'dpg-check-results', 'summary.csv'))).toBe(false);
  });

  it('never overwrites an earlier run: refuses, resumes, or starts over keeping .bak', () => {
    const ws = workspace();
    ws.file('repos.txt', 'compliant-app\n');
    expect(runCli(['batch', 'repos.txt', '-q'], { cwd: ws.dir }).code).toBe(0);
    const again = runCli(['batch', 'repos.txt'], { cwd: ws.dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      'dpg-check: dpg-check-results already holds results.jsonl, summary.csv, summary.md from an earlier run ' +
        '(add --resume to continue it; --force starts over and keeps the old files as *.bak; or choose another --out)\n',
    );
    ws.file('repos.txt', 'compliant-app\nno-license\n');
    const resumed = runCli(['batch', 'repos.txt', '--resume'], { cwd: ws.dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('resuming: 1 already done, 1 to check');
    expect(readResults(join(ws.dir, 'dpg-check-results')).map((r) => r.target)).toEqual([
      'compliant-app',
      'no-license',
    ]);
    const forced = runCli(['batch', 'repos.txt', '--force', '-q'], { cwd: ws.dir });
    expect(forced.code).toBe(0);
    expect(readResults(join(ws.dir, 'dpg-check-results'))).toHaveLength(2);
    expect(
      readFileSync(join(ws.dir, 'dpg-check-results', 'results.jsonl.bak'), 'utf8')
        .split('\n')
        .filter(Boolean),
    ).toHaveLength(2);
  });

  it.each([
    [['batch', 'nope.txt'], 'dpg-check: nope.txt: no such file (check the path of the batch input)\n'],
    [['batch', 'bad.json'], /^dpg-check: bad\.json:2: not valid JSON/],
    [
      ['batch', 'empty.txt'],
      'dpg-check: empty.txt lists no targets (one URL, OWNER/NAME or folder per line; # starts a comment)\n',
    ],
    [
      ['batch', 'list.txt', '--shard', '0/4'],
      'dpg-check: --shard 0/4 is not a slice i/n with 1 <= i <= n (e.g. --shard 2/5 for the second of five machines)\n',
    ],
    [
      ['batch', 'list.txt', '--format', 'pdf'],
      'dpg-check: --format pdf: unknown pdf (choose from csv, md, jsonl, comma-separated)\n',
    ],
    [
      ['batch', 'list.txt', '--concurrency', 'many'],
      'dpg-check: --concurrency many is not a whole number from 1 to 256 (e.g. --concurrency 8)\n',
    ],
    [
      ['batch', 'list.txt', '--resume', '--force'],
      'dpg-check: --resume and --force contradict each other (continue with --resume, or start over with --force)\n',
    ],
    [['batch'], "dpg-check: missing required argument 'input' (see dpg-check --help)\n"],
  ])('%j: exit 2 with one line, nothing written', (args, message) => {
    const ws = workspace([]);
    ws.file('bad.json', '{ "records": [\n  oops ] }');
    ws.file('empty.txt', '# nothing yet\n\n');
    ws.file('list.txt', 'a/b\n');
    const run = runCli(args, { cwd: ws.dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    if (typeof message === 'string') expect(run.stderr).toBe(message);
    else expect(run.stderr).toMatch(message);
    expect(existsSync(join(ws.dir, 'dpg-check-results', 'results.jsonl'))).toBe(false);
  });

  it('documents itself in --help', () => {
    const run = runCli(['batch', '--help']);
    expect(run.code).toBe(0);
    for (const flag of [
      '--concurrency',
      '--out',
      '--resume',
      '--shard',
      '--format',
      '--column',
      '--quiet',
      'Exit codes:',
      'Examples:',
    ]) {
      expect(run.stdout).toContain(flag);
    }
  });
});
