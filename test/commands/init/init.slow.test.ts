/** `dpg-check init` through the built binary, on real folders. */
import { existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadDpgFile } from '../../../src/declarations/load.js';
import { run } from '../../../src/run.js';
import { repo } from '../../helpers.js';
import { fixtureCopy, PROJECT_ROOT, runCli } from '../../support/cli.js';
import { tempDir, writeTree } from '../../support/tmp.js';

/** compliant-app without its answers: what a project has before it runs init. */
function unanswered(): string {
  const { cwd, target } = fixtureCopy('compliant-app');
  const root = join(cwd, target);
  rmSync(join(root, 'dpg.yml'));
  return root;
}

const SCHEMA_LINE =
  /^# yaml-language-server: \$schema=https:\/\/unpkg\.com\/dpg-check@[^/]+\/schemas\/declaration\.schema\.json$/;

describe('dpg-check init', () => {
  it('prints a template pre-filled from the repository (snapshot)', async () => {
    const result = runCli(['init', unanswered(), '--stdout']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const [first, ...rest] = result.stdout.split('\n');
    expect(first).toMatch(SCHEMA_LINE);
    await expect(rest.join('\n')).toMatchFileSnapshot('__snapshots__/init-compliant-app.yml');
  });

  it('writes dpg.yml that our loader accepts, with the open questions reported as needs-review', async () => {
    const root = unanswered();
    const result = runCli(['init', root]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*dpg\.yml: 40 questions to answer \(marked TODO\)\.\n/);
    const text = readFileSync(join(root, 'dpg.yml'), 'utf8');
    expect(loadDpgFile(repo({ 'dpg.yml': text }))?.answers).toMatchObject({
      license: [{ spdx: 'MIT', licenseURL: 'LICENSE' }],
    });
    const { report } = await run({ target: root });
    const status = Object.fromEntries(report.indicators.map((i) => [i.id, i.status]));
    expect([status['1'], status['7'], status['8'], status['9a'], status['9b'], status['9c']]).toEqual([
      'manual',
      'manual',
      'manual',
      'manual',
      'manual',
      'manual',
    ]);
    const outcomes = new Map(report.indicators.flatMap((i) => i.checks).map((c) => [c.id, c.outcome]));
    expect(outcomes.get('data-privacy-security/pii-handling-declared')).toBe('needs-review');
  });

  it.each(['dpg.yml', '.dpg.yml', 'dpg.json'])('never replaces an existing %s without --force', (name) => {
    const root = writeTree(tempDir(), { 'README.md': '# x\n', [name]: 'name: Mine\n' });
    const result = runCli(['init', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `dpg-check: ${name} already exists in ${root} (edit it, or pass --force to replace it; the old dpg.yml is kept as dpg.yml.bak)\n`,
    );
    expect(readFileSync(join(root, name), 'utf8')).toBe('name: Mine\n');
    if (name !== 'dpg.yml') expect(existsSync(join(root, 'dpg.yml'))).toBe(false);
  });

  it('with --force keeps the old file as dpg.yml.bak, then dpg.yml.bak.1, and says where', () => {
    const root = writeTree(tempDir(), { 'README.md': '# x\n', 'dpg.yml': 'name: First\n' });
    expect(runCli(['init', root, '--force']).stdout).toContain(
      `Kept the old dpg.yml as ${join(root, 'dpg.yml.bak')}\n`,
    );
    writeFileSync(join(root, 'dpg.yml'), 'name: Second\n');
    expect(runCli(['init', root, '--force']).stdout).toContain(`as ${join(root, 'dpg.yml.bak.1')}\n`);
    expect(readFileSync(join(root, 'dpg.yml.bak'), 'utf8')).toBe('name: First\n');
    expect(readFileSync(join(root, 'dpg.yml.bak.1'), 'utf8')).toBe('name: Second\n');
    expect(readFileSync(join(root, 'dpg.yml'), 'utf8')).toContain('# TODO');
  });

  it('refuses to write through a dpg.yml that is a symbolic link, even with --force', () => {
    const outside = writeTree(tempDir(), { 'precious.txt': 'keep me\n' });
    const root = writeTree(tempDir(), { 'README.md': '# x\n' });
    symlinkSync(join(outside, 'precious.txt'), join(root, 'dpg.yml'));
    const result = runCli(['init', root, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is a symbolic link');
    expect(readFileSync(join(outside, 'precious.txt'), 'utf8')).toBe('keep me\n');
  });

  it('takes owners, name and description from publiccode.yml, and quotes hostile text safely', () => {
    const root = writeTree(tempDir(), {
      'README.md': '# x\n',
      'publiccode.yml':
        'name: "Permit: Desk # 1"\ndescription:\n  en:\n    shortDescription: "line one\\nkey: injected"\nlegal:\n  mainCopyrightOwner: City of Example\n',
    });
    const result = runCli(['init', root, '--stdout']);
    expect(result.code).toBe(0);
    expect(loadDpgFile(repo({ 'dpg.yml': result.stdout }))?.answers).toMatchObject({
      name: 'Permit: Desk # 1',
      description: 'line one\nkey: injected',
      organizations: [{ name: 'City of Example', org_type: 'owner' }],
    });
  });

  it('validates as written, TODO nulls included, against the schema an editor attaches', () => {
    const answers: unknown = parse(runCli(['init', unanswered(), '--stdout']).stdout);
    const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas/declaration.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(answers), JSON.stringify(validate.errors)).toBe(true);
    expect(answers).toHaveProperty('doNoHarm.dataPrivacySecurity.collectsPII', null);
  });

  it('explains itself in --help with examples', () => {
    const help = runCli(['init', '--help']).stdout;
    expect(help).toContain('--force');
    expect(help).toContain('$ dpg-check init --stdout');
  });
});
