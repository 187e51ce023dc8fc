/**
 * Memory stays flat: peak RSS of a real child process, measured by the process itself at exit,
 * must not grow with the number of targets (reports are written and dropped, summaries stream).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../support/cli.js';
import { aliases, workspace, type Workspace } from './workspace.js';

const BIN = join(PROJECT_ROOT, 'bin', 'dpg-check.js');
const FIXTURES = ['compliant-app', 'no-license', 'gpl-only-copying'];
// Preloaded into the child (--require): writes its peak resident set size (MB) to the file named by the env.
const REPORT_RSS = `process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS / 1024)));\n`;

function peakRssMb(ws: Workspace, args: readonly string[], nodeFlags: readonly string[] = []): number {
  const rssFile = join(ws.dir, `rss-${Math.random().toString(36).slice(2)}.txt`);
  const preload = join(ws.dir, 'rss.cjs');
  writeFileSync(preload, REPORT_RSS);
  const run = spawnSync(process.execPath, [...nodeFlags, '--require', preload, BIN, ...args], {
    cwd: ws.dir,
    encoding: 'utf8',
    env: { ...process.env, RSS_FILE: rssFile, NO_COLOR: '1' },
    timeout: 120_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const mb = Number(readFileSync(rssFile, 'utf8'));
  console.log(`peak RSS ${mb.toFixed(0)} MB: dpg-check ${args.join(' ')}`);
  return mb;
}

/** A results.jsonl as a finished run would leave it: one real record per target. */
function finishedRun(ws: Workspace, targets: readonly string[], template: Record<string, unknown>, out: string): void {
  const lines = targets.map((target) => JSON.stringify({ ...template, key: `local:${join(ws.dir, target)}`, target }));
  mkdirSync(join(ws.dir, out), { recursive: true });
  writeFileSync(join(ws.dir, out, 'results.jsonl'), `${lines.join('\n')}\n`);
}

describe('memory', () => {
  it('a 5,000-line input needs no more memory than a 500-line one (resume and summaries stream)', () => {
    const ws = workspace(FIXTURES);
    const targets = aliases(ws, 5000, FIXTURES);
    ws.file('small.txt', targets.slice(0, 500).join('\n'));
    ws.file('large.txt', targets.join('\n'));
    expect(peakRssMb(ws, ['batch', 'small.txt', '--out', 'seed', '-q'])).toBeGreaterThan(0);
    const template = JSON.parse(
      readFileSync(join(ws.dir, 'seed', 'results.jsonl'), 'utf8').split('\n')[0] as string,
    ) as Record<string, unknown>;
    finishedRun(ws, targets.slice(0, 500), template, 'small');
    finishedRun(ws, targets, template, 'large');
    const small = peakRssMb(ws, ['batch', 'small.txt', '--out', 'small', '--resume', '-q']);
    // A JavaScript heap of 64 MB could not hold the 5,000 reports (their JSON alone is larger): the run must stream.
    const large = peakRssMb(
      ws,
      ['batch', 'large.txt', '--out', 'large', '--resume', '-q'],
      ['--max-old-space-size=64'],
    );
    const reportsMb = (JSON.stringify(template).length * 5000) / 1024 / 1024;
    expect(reportsMb).toBeGreaterThan(64);
    // Garbage collected late still shows in RSS; holding the reports would show as their size.
    expect(large - small).toBeLessThan(reportsMb / 2);
    expect(
      readFileSync(join(ws.dir, 'large', 'summary.csv'), 'utf8')
        .trimEnd()
        .split('\r\n'),
    ).toHaveLength(5001);
  });
});
