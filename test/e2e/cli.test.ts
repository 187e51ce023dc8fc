import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateReport } from '../support/report-schema.js';
import { describeRun, fixtureCopy, PROJECT_ROOT, runCli } from '../support/cli.js';
import { tempDir, writeTree } from '../support/tmp.js';

const FIXTURES = readdirSync(join(PROJECT_ROOT, 'fixtures', 'repos'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
/** Fixtures whose answers file is rejected (exit 2): they have no report to check against the contract. */
const REJECTED = new Set(['invalid-declaration', 'answers-unknown-keys', 'answers-yaml-bomb']);

describe('dpg-check on every fixture repository', () => {
  it.each(FIXTURES)('%s: terminal report', async (name) => {
    const { cwd, target } = fixtureCopy(name);
    const run = runCli([target], { cwd });
    await expect(describeRun(`dpg-check ${target}`, run)).toMatchFileSnapshot(`__snapshots__/${name}.terminal.md`);
  });

  it.each(FIXTURES.filter((f) => !REJECTED.has(f)))('%s: JSON report matches the contract', async (name) => {
    const { cwd, target } = fixtureCopy(name);
    const run = runCli([target, '--format', 'json'], { cwd });
    const report: unknown = JSON.parse(run.stdout);
    expect(validateReport(report)).toEqual([]);
    await expect(run.stdout).toMatchFileSnapshot(`__snapshots__/${name}.json`);
  });
});

describe('exit codes', () => {
  it('0 when the verdict is ready', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    expect(runCli([target], { cwd }).code).toBe(0);
  });

  it('1 when the check finds gaps or the repository is not eligible', () => {
    const { cwd, target } = fixtureCopy('no-license');
    expect(runCli([target], { cwd }).code).toBe(1);
  });

  it.each([
    [['/nonexistent/dpg-check'], /no such file or directory/],
    [['package.json'], /^dpg-check: package\.json is not a folder \(pass the folder that holds the repository\)\n$/],
    [[''], /^dpg-check: the repository path is empty/],
    [['a', 'b'], /^dpg-check: too many arguments.* \(see dpg-check --help\)\n$/],
    [['--format', 'xml'], /argument 'xml' is invalid/],
    [['--unknown-flag'], /unknown option/],
    [['--max-file-bytes', 'lots'], /--max-file-bytes lots is not a positive whole number/],
    [
      ['https://gitlab.com/owner/repo'],
      /^dpg-check: https:\/\/gitlab\.com\/owner\/repo: gitlab\.com is not github\.com \(for GitHub Enterprise Server pass --api-url/,
    ],
    [['--plugin', './no-such-plugin.js'], /plugin \.\/no-such-plugin\.js could not be loaded/],
  ])('2 for bad input %j, with one clear line and no stack trace', (args, message) => {
    const run = runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('2 for an invalid dpg.yml, with every problem located by line and column', () => {
    const { cwd, target } = fixtureCopy('invalid-declaration');
    const run = runCli([target], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('dpg.yml:3:16 SDGs[0].SDGNumber must be 1–17');
    expect(run.stderr).toContain('dpg.yml:5:5 SDGs[1].SDGNumbr is not a known answer');
    expect(run.stderr).toContain('dpg.yml:7:23 privacy.isPrivacyCompliant must be one of "Yes", "No", "Unknown"');
  });

  it('2 for a dpg.yml that is not valid YAML', () => {
    const root = writeTree(tempDir(), { 'README.md': '# x', 'dpg.yml': 'name: [unclosed\n' });
    const run = runCli([root]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dpg-check: dpg\.yml:\d+:\d+ /);
  });
});

describe('help, version and output', () => {
  it('--help lists every option, examples and exit codes', () => {
    const run = runCli(['--help']);
    expect(run.code).toBe(0);
    for (const text of [
      '--format',
      '--output',
      '--plugin',
      '--max-file-bytes',
      '--no-color',
      'Examples:',
      'Exit codes:',
    ]) {
      expect(run.stdout).toContain(text);
    }
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version']).stdout.trim()).toBe(pkg.version);
  });

  it('--output writes the report to a file and nothing to stdout', () => {
    const { cwd, target } = fixtureCopy('no-license');
    const out = join(tempDir(), 'report.json');
    const run = runCli([target, '-f', 'json', '-o', out], { cwd });
    expect(run.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ summary: { verdict: 'not-eligible' } });
  });

  it('colours only when asked: FORCE_COLOR or --color, never with NO_COLOR or when piped', () => {
    const { cwd, target } = fixtureCopy('no-license');
    const ansi = new RegExp(String.fromCharCode(27) + '\\[');
    expect(runCli([target], { cwd }).stdout).not.toMatch(ansi);
    expect(runCli([target], { cwd, env: { NO_COLOR: undefined } }).stdout).not.toMatch(ansi);
    expect(runCli([target], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
    expect(runCli([target, '--color'], { cwd }).stdout).toMatch(ansi);
    expect(runCli([target, '--no-color'], { cwd, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } }).stdout).not.toMatch(
      ansi,
    );
  });

  it('checks the current directory by default', () => {
    const { cwd, target } = fixtureCopy('no-license');
    const run = runCli(['--format', 'json'], { cwd: join(cwd, target) });
    expect(JSON.parse(run.stdout)).toMatchObject({ target: { source: 'local', ref: '.' } });
  });
});
