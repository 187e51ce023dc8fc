/** Several formats in one run (--out-dir), format validation, and annotations inside GitHub Actions. */
import { existsSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureCopy, runCli } from '../../support/cli.js';
import { validateReport } from '../../support/report-schema.js';
import { tempDir, writeTree } from '../../support/tmp.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);

describe('--format with --out-dir', () => {
  it('writes one file per format, uncoloured, and nothing to stdout', () => {
    const { cwd, target } = fixtureCopy('developer-library');
    const run = runCli([target, '--format', 'terminal,json,sarif,markdown', '--out-dir', 'reports/dpg', '--color'], {
      cwd,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'dpg-check: wrote reports/dpg/report.txt, reports/dpg/report.json, reports/dpg/report.sarif, reports/dpg/report.md\n',
    );
    const dir = join(cwd, 'reports', 'dpg');
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.md', 'report.sarif', 'report.txt']);
    const text = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(text).toContain('Verdict:  gaps');
    expect(text).not.toMatch(ANSI);
    expect(validateReport(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')))).toEqual([]);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
    expect(readFileSync(join(dir, 'report.md'), 'utf8')).toMatch(/DPG Standard/);
  });

  it('gives the same report in the file as on stdout', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const single = runCli([target, '--format', 'json'], { cwd });
    runCli([target, '--format', 'json', '--out-dir', 'out'], { cwd });
    expect(readFileSync(join(cwd, 'out', 'report.json'), 'utf8')).toBe(single.stdout);
  });

  it.each([
    [
      ['--format', 'terminal,json'],
      /^dpg-check: 2 formats need --out-dir \(e\.g\. --format terminal,json --out-dir reports\)\n$/,
    ],
    [
      ['--format', 'terminal,xml', '--out-dir', 'r'],
      /argument 'xml' is invalid\. Allowed choices are terminal, json, sarif, markdown/,
    ],
    [['--format', 'json', '--output', 'a.json', '--out-dir', 'r'], /--output and --out-dir cannot be used together/],
  ])('refuses %j with one line, before checking anything', (args, message) => {
    const cwd = tempDir();
    const run = runCli(args, { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(join(cwd, 'r'))).toBe(false);
  });

  it('does not write through a report file that is a symbolic link', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const victim = writeTree(tempDir(), { 'keep.txt': 'precious\n' });
    writeTree(cwd, { 'out/.keep': '' });
    symlinkSync(join(victim, 'keep.txt'), join(cwd, 'out', 'report.json'));
    const run = runCli([target, '--format', 'json', '--out-dir', 'out'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/report\.json is a symbolic link/);
    expect(readFileSync(join(victim, 'keep.txt'), 'utf8')).toBe('precious\n');
  });
});

describe('inside GitHub Actions (GITHUB_ACTIONS=true)', () => {
  it('adds workflow annotations after the terminal report, with paths from the working directory', () => {
    const { cwd, target } = fixtureCopy('developer-library');
    const run = runCli([target], { cwd, env: { GITHUB_ACTIONS: 'true' } });
    const annotations = run.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations.every((line) => /^::(error|warning|notice)[ :]/.test(line))).toBe(true);
    expect(annotations.some((line) => line.includes(`file=${target}/README.md`))).toBe(true);
    expect(run.stdout.indexOf('Verdict:')).toBeLessThan(run.stdout.indexOf('\n::'));
  });

  it('keeps a machine-readable stdout clean, and prints none outside Actions', () => {
    const { cwd, target } = fixtureCopy('developer-library');
    const json = runCli([target, '--format', 'json'], { cwd, env: { GITHUB_ACTIONS: 'true' } });
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
    expect(runCli([target], { cwd }).stdout).not.toMatch(/^::/m);
  });
});
