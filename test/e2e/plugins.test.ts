import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { PROJECT_ROOT, fixtureCopy, runCli } from '../support/cli.js';
import { tempDir, writeTree } from '../support/tmp.js';

const plugin = (name: string) => join(PROJECT_ROOT, 'fixtures', 'plugins', name);

describe('--plugin', () => {
  it('runs a plugin check under its indicator, reading the files it declares', () => {
    const root = writeTree(tempDir(), { 'README.md': '# x', 'ROADMAP.md': 'one\ntwo\n' });
    const run = runCli([root, '--format', 'json', '--plugin', plugin('roadmap-present.js')]);
    const report = JSON.parse(run.stdout) as Report;
    const docs = report.indicators.find((i) => i.id === '5');
    expect(docs?.checks.map((c) => c.id)).toContain('documentation/roadmap-present');
    expect(docs?.evidence.map((e) => e.detail)).toContain('Roadmap ROADMAP.md (3 lines)');
  });

  it('isolates a plugin that throws: its indicator is error, the others still run', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const run = runCli([target, '--format', 'json', '--plugin', plugin('throws.js')], { cwd });
    const report = JSON.parse(run.stdout) as Report;
    const privacy = report.indicators.find((i) => i.id === '7');
    expect(privacy?.status).toBe('error');
    expect(privacy?.evidence.map((e) => e.detail)).toContain(
      'check privacy-and-laws/always-throws failed to run: boom from plugin',
    );
    expect(report.indicators.find((i) => i.id === '2')?.status).toBe('pass');
    expect(report.summary.verdict).toBe('gaps');
    expect(run.code).toBe(1);
  });

  it('shows the stack of a crashed check only with --debug', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    expect(runCli([target, '--plugin', plugin('throws.js')], { cwd }).stderr).toBe('');
    expect(runCli([target, '--plugin', plugin('throws.js'), '--debug'], { cwd }).stderr).toMatch(
      /always-throws: Error: boom from plugin\n\s+at /,
    );
  });

  it('rejects a module that does not export a check, with exit code 2', () => {
    const run = runCli(['.', '--plugin', plugin('not-a-check.js')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/plugin .*not-a-check\.js: default export must be \{ meta, run \}/);
  });

  it('rejects a plugin whose id collides with a built-in check', () => {
    const dir = writeTree(tempDir(), {
      'dup.js': `export default { meta: { id: 'open-license/license-file-present', indicator: '2', level: 'required',
        title: 't', rationale: 'r', remediation: 'x', reads: [], messages: {} }, run: () => [] };`,
    });
    const run = runCli(['.', '--plugin', join(dir, 'dup.js')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/already exists/);
  });
});
