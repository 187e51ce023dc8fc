import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, runCli } from '../../support/cli.js';
import { aliases, readResults, workspace } from './workspace.js';

const BIN = join(PROJECT_ROOT, 'bin', 'dpg-check.js');
const FIXTURES = ['compliant-app', 'no-license', 'gpl-only-copying'];

/** Starts a batch in a child process and kills it (SIGKILL: no clean-up at all) once `after` lines are written. */
async function killMidRun(cwd: string, args: readonly string[], after: number): Promise<number> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, NO_COLOR: '1' },
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  for (let waited = 0; waited < 30_000; waited += 20) {
    if (readResults(join(cwd, 'out')).length >= after) break;
    await sleep(20);
  }
  child.kill('SIGKILL');
  await exited;
  return readResults(join(cwd, 'out')).length;
}

describe('interrupted and resumed runs', () => {
  it('a run killed mid-way and resumed has exactly one line per target', async () => {
    const ws = workspace(FIXTURES);
    const targets = aliases(ws, 40, FIXTURES);
    ws.file('repos.txt', `${targets.join('\n')}\n${targets.slice(0, 5).join('\n')}\n`);
    const before = await killMidRun(ws.dir, ['batch', 'repos.txt', '--out', 'out', '-j', '2', '-q'], 5);
    expect(before).toBeGreaterThanOrEqual(5);
    expect(before).toBeLessThan(40);
    // A crash can also cut the line being written: the resumed run must drop it and check that target again.
    appendFileSync(
      join(ws.dir, 'out', 'results.jsonl'),
      `{"key":"local:${join(ws.dir, targets[39] as string)}","target":"${targets[39]}","rep`,
    );
    const resumed = runCli(['batch', 'repos.txt', '--out', 'out', '--resume'], { cwd: ws.dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('the last line of results.jsonl was cut short by an interrupted run');
    expect(resumed.stderr).toContain(`resuming: ${before} already done, ${40 - before} to check`);
    const results = readResults(join(ws.dir, 'out'));
    expect(results.map((r) => r.target).sort()).toEqual([...targets].sort());
    expect(new Set(results.map((r) => r.key)).size).toBe(40);
    expect(results.every((r) => r.report !== undefined)).toBe(true);
    expect(
      readFileSync(join(ws.dir, 'out', 'summary.csv'), 'utf8')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(41);
  });

  it('resuming a finished run checks nothing and rebuilds the summaries', () => {
    const ws = workspace(FIXTURES);
    ws.file('repos.txt', FIXTURES.join('\n'));
    expect(runCli(['batch', 'repos.txt', '--out', 'out', '-q', '--format', 'csv'], { cwd: ws.dir }).code).toBe(0);
    const resumed = runCli(['batch', 'repos.txt', '--out', 'out', '--resume'], { cwd: ws.dir });
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toContain('resuming: 3 already done, 0 to check');
    expect(readResults(join(ws.dir, 'out'))).toHaveLength(3);
    expect(readFileSync(join(ws.dir, 'out', 'summary.md'), 'utf8')).toContain('| **total** | 3 |');
  });

  it('keeps the exit code 3 of targets that failed in the earlier run', () => {
    const ws = workspace(['compliant-app']);
    ws.file('repos.txt', 'compliant-app\nnot-there\n');
    expect(runCli(['batch', 'repos.txt', '-q'], { cwd: ws.dir }).code).toBe(3);
    expect(runCli(['batch', 'repos.txt', '-q', '--resume'], { cwd: ws.dir }).code).toBe(3);
  });
});

describe('shards', () => {
  it('--shard 1/3, 2/3 and 3/3 check every distinct target exactly once between them', () => {
    const ws = workspace(FIXTURES);
    const targets = aliases(ws, 10, FIXTURES);
    ws.file('repos.txt', [...targets, targets[0], 'bad line here', targets[3]].join('\n'));
    const keys = [1, 2, 3].flatMap((i) => {
      const run = runCli(['batch', 'repos.txt', '--shard', `${i}/3`, '--out', `shard-${i}`], { cwd: ws.dir });
      expect(run.stderr).toMatch(new RegExp(`shard ${i}/3: [34] of 11 targets`));
      return readResults(join(ws.dir, `shard-${i}`)).map((r) => r.key);
    });
    expect(keys).toHaveLength(11);
    expect(new Set(keys).size).toBe(11);
    expect(keys).toContain('invalid:bad line here');
  });
});
