import { describe, expect, it } from 'vitest';
import type { InputEntry } from '../../../src/commands/batch/input/index.js';
import type { BatchRecord } from '../../../src/commands/batch/record.js';
import { runBatch } from '../../../src/commands/batch/runner.js';
import { parseTarget } from '../../../src/commands/batch/targets.js';
import { SourceError } from '../../../src/errors.js';
import type { Report } from '../../../src/model/report.js';
import { CANONICAL_REPORT } from '../../reporters/canonical.js';

const context = { baseDir: '/lists', isDirectory: () => false };
const entries = (texts: readonly string[]): InputEntry[] =>
  texts.map((text, i) => ({ target: parseTarget(text, context), from: `list:${i + 1}` }));
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('runBatch', () => {
  it('keeps at most `concurrency` checks in flight and writes one record per target', async () => {
    let inFlight = 0;
    let most = 0;
    const written: BatchRecord[] = [];
    const tally = await runBatch({
      items: entries(Array.from({ length: 20 }, (_, i) => `org/r${i}`)),
      concurrency: 3,
      check: async (): Promise<Report> => {
        inFlight++;
        most = Math.max(most, inFlight);
        await tick();
        inFlight--;
        return CANONICAL_REPORT;
      },
      write: async (record) => {
        written.push(record);
      },
    });
    expect(most).toBe(3);
    expect(tally).toEqual({ checked: 20, failed: 0 });
    expect(new Set(written.map((r) => r.key)).size).toBe(20);
  });

  it('turns a throwing check into a failed record, cuts the token out, and goes on', async () => {
    const token = 'ghp_secretSecretSecret';
    const finished: boolean[] = [];
    const written: BatchRecord[] = [];
    const tally = await runBatch({
      items: entries(['org/ok', 'org/bad', 'https://gitlab.com/a/b', 'org/crash']),
      concurrency: 2,
      secrets: [token],
      check: async (target) => {
        if (target.text === 'org/bad') throw new SourceError(`GitHub refused ${token}`, 'set GITHUB_TOKEN');
        if (target.text === 'org/crash') throw new TypeError('x is undefined\n    at stack');
        return CANONICAL_REPORT;
      },
      write: async (record) => {
        written.push(record);
      },
      onFinished: (failed) => finished.push(failed),
    });
    expect(tally).toEqual({ checked: 1, failed: 3 });
    expect(finished.filter(Boolean)).toHaveLength(3);
    const errors = Object.fromEntries(written.map((r) => [r.target, 'error' in r ? r.error : null]));
    expect(errors['org/ok']).toBeNull();
    expect(errors['org/bad']).toEqual({ kind: 'source', message: 'GitHub refused ***', hint: 'set GITHUB_TOKEN' });
    expect(errors['https://gitlab.com/a/b']).toMatchObject({
      kind: 'invalid-target',
      message: expect.stringContaining('gitlab.com is not github.com'),
    });
    expect(errors['org/crash']).toEqual({ kind: 'unexpected', message: 'unexpected error: x is undefined' });
    expect(JSON.stringify(written)).not.toContain(token);
  });

  it('stops taking targets when results cannot be written', async () => {
    let checked = 0;
    const run = runBatch({
      items: entries(Array.from({ length: 10 }, (_, i) => `org/r${i}`)),
      concurrency: 2,
      check: async () => {
        checked++;
        return CANONICAL_REPORT;
      },
      write: async () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    await expect(run).rejects.toThrow('ENOSPC');
    expect(checked).toBeLessThanOrEqual(2);
  });
});
