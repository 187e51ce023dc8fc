/** `dpg-check batch -`: the list on standard input, as from `gh repo list … | dpg-check batch -`. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli.js';
import { readResults, workspace } from './workspace.js';

describe('dpg-check batch - (standard input)', () => {
  it('reads a list from standard input, relative folders from the working directory', () => {
    const ws = workspace();
    const run = runCli(['batch', '-', '--out', 'out', '-q'], {
      cwd: ws.dir,
      input: '# from a pipe\ncompliant-app\nno-license\ncompliant-app\n',
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = readResults(join(ws.dir, 'out'));
    expect(results.map((r) => [r.target, r.from, r.report?.summary.verdict])).toEqual(
      expect.arrayContaining([
        ['compliant-app', 'standard input:2', 'ready'],
        ['no-license', 'standard input:3', 'not-eligible'],
      ]),
    );
    expect(results).toHaveLength(2);
  });

  it('reads a CSV from standard input with --column', () => {
    const ws = workspace();
    const run = runCli(['batch', '-', '--column', 'repo', '--out', 'out', '-q'], {
      cwd: ws.dir,
      input: 'name,repo\nA,compliant-app\n',
    });
    expect(run.code).toBe(0);
    expect(readResults(join(ws.dir, 'out')).map((r) => r.target)).toEqual(['compliant-app']);
  });

  it('refuses empty or binary standard input, and --token-stdin beside it, in one line with exit 2', () => {
    const ws = workspace();
    const empty = runCli(['batch', '-', '--out', 'out'], { cwd: ws.dir, input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^dpg-check: standard input lists no targets \(.*\)\n$/);
    const binary = runCli(['batch', '-', '--out', 'out2'], { cwd: ws.dir, input: 'compliant-app\n\0x' });
    expect(binary.code).toBe(2);
    expect(binary.stderr).toMatch(/^dpg-check: standard input:2: binary content \(a NUL byte\) \(.*\)\n$/);
    const both = runCli(['batch', '-', '--token-stdin', '--out', 'out3'], { cwd: ws.dir, input: 'compliant-app\n' });
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^dpg-check: the list \(-\) and --token-stdin cannot both come from standard input/);
  });
});
