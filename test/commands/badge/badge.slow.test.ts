import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badgeColor, badgeEndpoint, isOurBadge } from '../../../src/commands/badge/endpoint.js';
import { fixtureCopy, runCli } from '../../support/cli.js';
import { CANONICAL_REPORT } from '../../reporters/canonical.js';

describe('badge endpoint JSON', () => {
  it('shows score and verdict, coloured by verdict', () => {
    expect(badgeEndpoint(CANONICAL_REPORT)).toEqual({
      schemaVersion: 1,
      label: 'DPG Standard',
      message: '61/100 · gaps',
      color: 'orange',
    });
    expect(badgeColor('ready', 100)).toBe('brightgreen');
    expect(badgeColor('gaps', 75)).toBe('yellow');
    expect(badgeColor('gaps', 74)).toBe('orange');
    expect(badgeColor('not-eligible', 90)).toBe('red');
  });

  it('recognises only its own earlier output', () => {
    expect(isOurBadge(JSON.stringify(badgeEndpoint(CANONICAL_REPORT)))).toBe(true);
    expect(isOurBadge('{"schemaVersion":1,"label":"coverage","message":"90%"}')).toBe(false);
    expect(isOurBadge('# README')).toBe(false);
    expect(isOurBadge('null')).toBe(false);
  });
});

describe('dpg-check badge', () => {
  it("prints the badge of a repository with gaps, matching the check's own score, and exits 0", () => {
    const { cwd, target } = fixtureCopy('no-license');
    const run = runCli(['badge', target], { cwd });
    const report = JSON.parse(runCli([target, '--format', 'json'], { cwd }).stdout) as {
      summary: { score: number; verdict: string };
    };
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      schemaVersion: 1,
      label: 'DPG Standard',
      message: `${report.summary.score}/100 · not-eligible`,
      color: 'red',
    });
  });

  it('writes --out, replaces its own earlier badge, and refuses any other file without --force', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const first = runCli(['badge', target, '--out', 'badge.json'], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(first.stderr).toMatch(/^Wrote badge\.json: DPG Standard \d+\/100 · \w+\n$/);
    const badge = JSON.parse(readFileSync(join(cwd, 'badge.json'), 'utf8')) as { message: string };
    expect(runCli(['badge', target, '--out', 'badge.json'], { cwd }).code).toBe(0);
    expect((JSON.parse(readFileSync(join(cwd, 'badge.json'), 'utf8')) as { message: string }).message).toBe(
      badge.message,
    );

    writeFileSync(join(cwd, 'notes.md'), '# my notes\n');
    const refused = runCli(['badge', target, '--out', 'notes.md'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'dpg-check: --out notes.md exists and is not a dpg-check badge (choose another path, or pass --force to replace it and keep a copy as notes.md.bak)\n',
    );
    expect(readFileSync(join(cwd, 'notes.md'), 'utf8')).toBe('# my notes\n');

    const forced = runCli(['badge', target, '--out', 'notes.md', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('kept as notes.md.bak');
    expect(readFileSync(join(cwd, 'notes.md.bak'), 'utf8')).toBe('# my notes\n');
    expect(isOurBadge(readFileSync(join(cwd, 'notes.md'), 'utf8'))).toBe(true);
  });

  it('never writes through a symlink', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    writeFileSync(join(cwd, 'real.txt'), 'keep me');
    symlinkSync(join(cwd, 'real.txt'), join(cwd, 'link.json'));
    const run = runCli(['badge', target, '--out', 'link.json', '--force'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'dpg-check: --out link.json exists and is not a regular file (choose another --out path)\n',
    );
    expect(readFileSync(join(cwd, 'real.txt'), 'utf8')).toBe('keep me');
  });

  it('bad input is one line and exit 2: missing path, bad --max-file-bytes, unwritable --out', () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    for (const args of [
      ['badge', 'no-such-folder'],
      ['badge', target, '--max-file-bytes', 'lots'],
      ['badge', target, '--out', 'missing-dir/badge.json'],
    ]) {
      const run = runCli(args, { cwd });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^dpg-check: [^\n]+\n$/);
      expect(run.stdout).toBe('');
    }
    expect(existsSync(join(cwd, 'missing-dir'))).toBe(false);
  });

  it('has help with examples and the shields.io URL', () => {
    const run = runCli(['badge', '--help']);
    expect(run.code).toBe(0);
    for (const text of [
      '--out <file>',
      '--force',
      '--plugin <module...>',
      '--max-file-bytes <bytes>',
      'Examples:',
      'https://img.shields.io/endpoint?url=',
    ]) {
      expect(run.stdout).toContain(text);
    }
    expect(runCli(['--help']).stdout).toMatch(/badge \[options\] \[path\]/);
  });
});
