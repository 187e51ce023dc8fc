/** Every fixture repository, through the real local source, against fixtures/repos/expectations.json. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownError } from '../src/errors.js';
import { run } from '../src/run.js';
import { PROJECT_ROOT } from './support/cli.js';

interface Expectation {
  readonly verdict?: string;
  readonly license?: string | null;
  readonly indicators?: Record<string, string>;
  readonly checks?: Record<string, string>;
  readonly exitCode?: number;
}

const REPOS = join(PROJECT_ROOT, 'fixtures', 'repos');
const expectations = JSON.parse(readFileSync(join(REPOS, 'expectations.json'), 'utf8')) as Record<string, Expectation>;
const folders = readdirSync(REPOS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixture repositories', () => {
  it('every fixture folder has an expectation, and every expectation a folder', () => {
    const named = Object.keys(expectations).filter((k) => !k.startsWith('$'));
    expect(named.sort()).toEqual(folders);
  });

  it.each(folders)('%s', async (name) => {
    const expected = expectations[name] ?? {};
    if (expected.exitCode !== undefined) {
      const error = await run({ target: join(REPOS, name) }).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(KnownError);
      expect((error as KnownError).exitCode).toBe(expected.exitCode);
      return;
    }
    const { report } = await run({ target: join(REPOS, name) });
    if (expected.verdict) expect(report.summary.verdict).toBe(expected.verdict);
    if (expected.license !== undefined) expect(report.licenses.expression).toBe(expected.license);
    for (const [id, status] of Object.entries(expected.indicators ?? {})) {
      expect(report.indicators.find((i) => i.id === id)?.status, `indicator ${id}`).toBe(status);
    }
    const outcomes = new Map(report.indicators.flatMap((i) => i.checks).map((c) => [c.id, c.outcome]));
    for (const [id, outcome] of Object.entries(expected.checks ?? {})) expect(outcomes.get(id), id).toBe(outcome);
  });
});
