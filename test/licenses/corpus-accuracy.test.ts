/**
 * License accuracy over the developer corpus (../shared/corpus), at family level against the
 * adjudicated truth (bench/license-truth.json + expected.json; rules in bench/README.md). This is the
 * regression guard of issue 3; `npm run bench:licenses` prints the same figures with timings.
 * It does not skip: without the corpus, listCorpus() throws and the file fails.
 */
import { describe, expect, it } from 'vitest';
import { checkSnapshot } from '../../src/run.js';
import { NOW } from '../helpers.js';
import { corpusSnapshot, listCorpus } from '../support/corpus.js';
import {
  familiesOf,
  readExpectedLicenses,
  scoreAnswer,
  scoreRepo,
  tally,
  TRUTH_TABLE,
  truthFor,
  wrongLine,
} from '../support/license-truth.js';

/**
 * Lenient family-level accuracy, in whole percent. First matcher (2026-11-29): 44/48 = 91%.
 * License engine (2026-11-29): 46/48 = 95% (wrong: Safecast, whose licenses are stated only in a
 * README list, and SEED, a modified 5-clause BSD read as BSD-3-Clause with a "modified" warning).
 * Raise it to the new measured figure (rounded down) whenever the engine improves; never lower it
 * to make a change pass.
 */
const LENIENT_FLOOR_PERCENT = 95;

const corpus = listCorpus();

describe('license truth table', () => {
  it('names only corpus repositories, and covers every one the adjudication leaves to "neither"', () => {
    const repos = new Set(corpus.map((e) => e.repo));
    expect(Object.keys(TRUTH_TABLE).filter((r) => !repos.has(r))).toEqual([]);
    const neither = corpus
      .map(readExpectedLicenses)
      .filter((x) => x.adjudication?.whoIsRight === 'neither')
      .map((x) => x.repo);
    expect(neither.filter((r) => !(r in TRUTH_TABLE))).toEqual([]);
    for (const entry of Object.values(TRUTH_TABLE))
      expect(familiesOf(entry.code).size <= familiesOf(entry.truth).size).toBe(true);
  });

  it('gives every repository a truth (a derived one has a single id)', () => {
    for (const entry of corpus) expect(() => truthFor(readExpectedLicenses(entry)), entry.repo).not.toThrow();
  });

  it('compares families: -only/-or-later/+ and deprecated ids are one family, case ignored, custom ids are nothing', () => {
    expect([...familiesOf('GPL-3.0-or-later')]).toEqual(['GPL-3.0']);
    expect([...familiesOf(['gpl-3.0', 'GPL-3.0-only', 'GPL-3.0+'])]).toEqual(['GPL-3.0']);
    expect([...familiesOf('(MIT OR Apache-2.0) AND GPL-2.0-only WITH Classpath-exception-2.0')]).toEqual([
      'MIT',
      'APACHE-2.0',
      'GPL-2.0',
    ]);
    expect([...familiesOf('LicenseRef-IDB AND NOASSERTION')]).toEqual([]);
    expect([...familiesOf(null)]).toEqual([]);
  });

  it('scores strict as the exact set, lenient as covering the code license within the truth', () => {
    const truth = { truth: ['MIT', 'CC-BY-4.0'], code: ['MIT'] };
    expect(scoreAnswer('MIT', truth)).toMatchObject({ strict: false, lenient: true });
    expect(scoreAnswer('MIT AND CC-BY-4.0', truth)).toMatchObject({ strict: true, lenient: true });
    expect(scoreAnswer('CC-BY-4.0', truth)).toMatchObject({ strict: false, lenient: false });
    expect(scoreAnswer('MIT AND GPL-3.0-only', truth)).toMatchObject({ strict: false, lenient: false });
    expect(scoreAnswer(null, { truth: [], code: [] })).toMatchObject({ strict: true, lenient: true });
    expect(scoreAnswer('NOASSERTION', { truth: ['CC-BY-NC-ND-3.0-IGO'], code: [] })).toMatchObject({
      strict: false,
      lenient: true,
    });
  });
});

describe('license accuracy over the corpus', () => {
  it(`is at least ${LENIENT_FLOOR_PERCENT}% at family level (lenient rule)`, () => {
    const scored = corpus.map((entry) =>
      scoreRepo(entry, checkSnapshot(corpusSnapshot(entry.dir), undefined, NOW).report.licenses.expression),
    );
    const ours = tally(scored.map((r) => r.score));
    const licensee = tally(scored.map((r) => r.licenseeScore));
    const wrong = scored.filter((r) => !r.score.lenient).map(wrongLine);
    const message = [
      `ours ${ours.lenient}/${ours.total} = ${ours.lenientPercent}% lenient (${ours.strictPercent}% strict); licensee ${licensee.lenientPercent}% lenient; floor ${LENIENT_FLOOR_PERCENT}%.`,
      `wrong (${wrong.length}):`,
      ...wrong.map((line) => `  ${line}`),
    ].join('\n');
    expect(ours.lenientPercent, message).toBeGreaterThanOrEqual(LENIENT_FLOOR_PERCENT);
  });
});
