/** The answers at work through the whole command line (run in process): indicators only the owner can settle move off `manual`. */
import { rmSync } from 'node:fs';
import { tempDir, writeTree } from '../support/tmp.js';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { fixtureCopy } from '../support/cli.js';
import { runCliInProcess } from '../support/in-process-cli.js';

const OWNER_ONLY = ['1', '7', '8', '9a', '9b', '9c'];

async function statuses(
  cwd: string,
  target: string,
): Promise<{ code: number | null; status: Record<string, string>; report: Report }> {
  const result = await runCliInProcess([target, '--format', 'json'], { cwd });
  const report = JSON.parse(result.stdout) as Report;
  return { code: result.code, status: Object.fromEntries(report.indicators.map((i) => [i.id, i.status])), report };
}

describe('declared answers end to end', () => {
  it('indicators 1, 7, 8, 9a-c are manual without dpg.yml and pass with the answers of compliant-app', async () => {
    const { cwd, target } = fixtureCopy('compliant-app');
    const answered = await statuses(cwd, target);
    expect(OWNER_ONLY.map((id) => answered.status[id])).toEqual(OWNER_ONLY.map(() => 'pass'));
    expect(answered.report.declaredAnswers.origins?.['doNoHarm']).toBe('dpg.yml');
    rmSync(join(cwd, target, 'dpg.yml'));
    const unanswered = await statuses(cwd, target);
    expect(OWNER_ONLY.map((id) => unanswered.status[id])).toEqual(OWNER_ONLY.map(() => 'manual'));
    expect(unanswered.report.declaredAnswers).toEqual({ path: null });
  });

  it('contradicting answers turn into fail and warn, citing the dpg.yml line', async () => {
    const { cwd, target } = fixtureCopy('answers-contradictory');
    const { status, report } = await statuses(cwd, target);
    expect([status['2'], status['9a'], status['9c']]).toEqual(['warn', 'fail', 'warn']);
    const evidence = report.indicators.find((i) => i.id === '9a')?.evidence.find((e) => e.outcome === 'fail');
    expect(evidence).toMatchObject({ path: 'dpg.yml', line: 12 });
    expect(evidence?.detail).toContain('PRIVACY*, TERMS*, SECURITY*');
  });

  it('says which answers came from publiccode.yml', async () => {
    const { cwd, target } = fixtureCopy('answers-publiccode');
    expect((await statuses(cwd, target)).report.declaredAnswers.origins).toMatchObject({
      SDGs: 'dpg.yml',
      license: 'publiccode.yml',
      organizations: 'publiccode.yml',
    });
  });

  it('rejects the YAML bomb and the misspelt keys with exit 2 and positions', async () => {
    for (const [name, expected] of [
      ['answers-yaml-bomb', /^dpg-check: dpg\.yml:3:8 uses YAML aliases that expand too far/],
      ['answers-unknown-keys', /isPrivacyComplaint is not a known answer \(did you mean isPrivacyCompliant\?\)/],
    ] as const) {
      const { cwd, target } = fixtureCopy(name);
      const result = await runCliInProcess([target], { cwd });
      expect(result.code, name).toBe(2);
      expect(result.stderr, name).toMatch(expected);
    }
  });

  it.each([[300 * 1024], [2 * 1024 * 1024]])(
    'refuses a %i-byte dpg.yml through the real local source, exit 2',
    async (bytes) => {
      const root = writeTree(tempDir(), {
        'README.md': '# x\n',
        'dpg.yml': `name: x\ndescription: "${'a'.repeat(bytes)}"\n`,
      });
      const result = await runCliInProcess([root]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(
        /^dpg-check: dpg\.yml is \d+ KiB; answers files are read only up to 256 KiB \(keep dpg\.yml to the answers themselves/,
      );
    },
  );
});
