/**
 * Runs every check over the 48-repository developer corpus (../shared/corpus): nothing may crash,
 * every report must be well formed, and the verdicts are written to test/.output/corpus-verdicts.md.
 * A second part materialises a few small corpus repositories on disk and checks that the real local
 * source gives the same statuses as the in-memory snapshot.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../src/checks/define.js';
import { INDICATORS } from '../src/model/indicator.js';
import type { IndicatorStatus, Report, Verdict } from '../src/model/report.js';
import { checkSnapshot, run, type RunResult } from '../src/run.js';
import { NOW } from './helpers.js';
import {
  corpusGroup,
  corpusSnapshot,
  listCorpus,
  readExpected,
  readFileList,
  type CorpusEntry,
} from './support/corpus.js';
import { familiesOf } from '../bench/license-score.js';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTPUT = join(PROJECT_ROOT, 'test', '.output', 'corpus-verdicts.md');
const VERDICTS: readonly Verdict[] = ['ready', 'gaps', 'not-eligible'];
const STATUS_LETTER: Record<IndicatorStatus, string> = {
  pass: 'P',
  warn: 'W',
  fail: 'F',
  manual: 'M',
  'n/a': '-',
  error: 'E',
};

const schema: unknown = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'report.schema.json'), 'utf8'));
const validateReport = new Ajv({ allErrors: true, strict: false }).compile<Report>(schema as object);

// Throws when ../shared/corpus is missing: the file then fails, it does not skip.
const corpus = listCorpus();

/** What a crashed check left behind: its evidence line names it, the raw result holds the stack. */
function crashesOf({ report, results }: RunResult): string[] {
  const fromReport = report.indicators
    .filter((i) => i.status === 'error')
    .flatMap((i) =>
      i.evidence
        .filter((e) => e.path === null && /failed to run/.test(e.detail))
        .map((e) => `indicator ${i.id}: ${e.detail}`),
    );
  const fromResults = results
    .filter((r) => r.error !== undefined)
    .map((r) => `${r.check.meta.id} threw: ${r.error}\n${(r.stack ?? '').split('\n').slice(1, 4).join('\n')}`);
  const errorStatuses = report.indicators
    .filter((i) => i.status === 'error')
    .map((i) => `indicator ${i.id} has status error`);
  return [...new Set([...fromReport, ...fromResults, ...(fromReport.length ? [] : errorStatuses)])];
}

/** Structural problems of a report: schema errors plus the invariants the schema cannot say. */
function structuralProblems(report: Report): string[] {
  const problems: string[] = [];
  if (!validateReport(report)) {
    for (const e of validateReport.errors ?? []) problems.push(`schema: ${e.instancePath || '/'} ${e.message ?? ''}`);
  }
  const ids = report.indicators.map((i) => i.id);
  for (const { id } of INDICATORS) {
    const n = ids.filter((x) => x === id).length;
    if (n !== 1) problems.push(`indicator ${id} appears ${n} times`);
  }
  if (ids.length !== INDICATORS.length) problems.push(`${ids.length} indicators, expected ${INDICATORS.length}`);
  for (const i of report.indicators) {
    if (!Number.isFinite(i.score) || i.score < 0 || i.score > 10)
      problems.push(`indicator ${i.id} score ${i.score} outside 0–10`);
  }
  const { score, verdict, counts } = report.summary;
  if (!Number.isFinite(score) || score < 0 || score > 100) problems.push(`summary score ${score} outside 0–100`);
  if (!VERDICTS.includes(verdict)) problems.push(`verdict ${String(verdict)} is not one of ${VERDICTS.join('/')}`);
  const counted = Object.values(counts).reduce((a, b) => a + b, 0);
  if (counted !== report.indicators.length)
    problems.push(`status counts add up to ${counted}, not ${report.indicators.length}`);
  return problems;
}

const statusString = (report: Report): string =>
  INDICATORS.map(({ id }) => STATUS_LETTER[report.indicators.find((i) => i.id === id)?.status ?? 'error']).join('');

/** Families compare as the license bench does (bench/license-score.js): one rule for both. */
const licenseFamilies = (ids: readonly string[]): Set<string> => familiesOf(ids);

function compareLicenses(found: Set<string>, expected: Set<string>): 'yes' | 'part' | 'no' | '—' {
  if (expected.size === 0) return '—';
  if (found.size === 0) return 'no';
  const shared = [...found].filter((x) => expected.has(x)).length;
  if (shared === found.size && shared === expected.size) return 'yes';
  return shared > 0 ? 'part' : 'no';
}

interface Row {
  readonly repo: string;
  readonly group: string;
  readonly files: number;
  readonly verdict: Verdict;
  readonly score: number;
  readonly expression: string | null;
  readonly registry: readonly string[];
  readonly licensee: string | null;
  readonly vsRegistry: string;
  readonly vsLicensee: string;
  readonly statuses: string;
  readonly ms: number;
}

const rows: Row[] = [];

function writeVerdicts(): void {
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.repo.toLowerCase() < b.repo.toLowerCase() ? -1 : 1));
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const count = (key: (r: Row) => string, of: readonly Row[] = sorted) => {
    const tally = new Map<string, number>();
    for (const r of of) tally.set(key(r), (tally.get(key(r)) ?? 0) + 1);
    return [...tally].map(([k, n]) => `${k} ${n}`).join(', ');
  };
  const totalMs = rows.reduce((a, r) => a + r.ms, 0);
  const lines = [
    '# dpg-check over the developer corpus',
    '',
    `Generated by \`npx vitest run test/corpus.test.ts\` from ../shared/corpus (${sorted.length} repositories, checks run in ${totalMs.toFixed(0)} ms in all).`,
    'Snapshots hold every listed file with its size but only the copied policy texts (no manifests, no source), so manifest and header evidence is absent.',
    '',
    `- Verdicts: ${count((r) => r.verdict)}`,
    `- Verdicts by group: ${['DPG', 'nominee/archive', 'excluded']
      .map(
        (g) =>
          `${g}: ${count(
            (r) => r.verdict,
            sorted.filter((r) => r.group === g),
          )}`,
      )
      .join('; ')}`,
    `- License vs registry (family, -only/-or-later ignored): ${count((r) => r.vsRegistry)}`,
    `- License vs licensee project: ${count((r) => r.vsLicensee)} (— = licensee found nothing: NOASSERTION/None)`,
    '',
    `Statuses: one letter per indicator in order ${INDICATORS.map((i) => i.id).join(' ')}; P pass, W warn, F fail, M manual, - n/a, E error.`,
    '',
    '| repo | group | files | verdict | score | license found | registry | licensee | =registry | =licensee | statuses |',
    '|---|---|---:|---|---:|---|---|---|---|---|---|',
    ...sorted.map(
      (r) =>
        `| ${r.repo} | ${r.group} | ${r.files} | ${r.verdict} | ${r.score} | ${esc(r.expression ?? '—')} | ${esc(r.registry.join(', ') || '—')} | ${r.licensee ?? '—'} | ${r.vsRegistry} | ${r.vsLicensee} | \`${r.statuses}\` |`,
    ),
    '',
  ];
  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, lines.join('\n'));
}

describe('developer corpus', () => {
  afterAll(writeVerdicts);

  it('is present and readable', () => {
    expect(corpus.length).toBeGreaterThan(0);
    expect(() => listCorpus(join(PROJECT_ROOT, 'no-such-corpus'))).toThrow(/Corpus not found/);
  });

  it('names a check that crashes', () => {
    const boom = defineCheck({
      meta: {
        id: 'open-license/boom',
        indicator: '2',
        level: 'required',
        title: 'Always throws',
        rationale: 'Test of the harness.',
        remediation: 'None.',
        reads: [],
        messages: { x: 'x' },
      },
      run: () => {
        throw new Error('kaboom');
      },
    });
    const first = corpus[0] as CorpusEntry;
    const crashes = crashesOf(checkSnapshot(corpusSnapshot(first.dir), [boom], NOW));
    expect(crashes.join('\n')).toMatch(/open-license\/boom.*kaboom/);
  });

  it.each(corpus)('$repo: no check crashes and the report is well formed', ({ dir, repo }: CorpusEntry) => {
    const snapshot = corpusSnapshot(dir);
    const expected = readExpected(dir);
    const started = performance.now();
    const result = checkSnapshot(snapshot, undefined, NOW);
    const ms = performance.now() - started;
    const { report } = result;
    const licenseeProject = expected.licensee?.project ?? null;
    const licenseeKnown =
      licenseeProject && !/^(NOASSERTION|NONE|OTHER)$/i.test(licenseeProject) ? [licenseeProject] : [];
    const found = licenseFamilies(report.licenses.expression ? [report.licenses.expression] : []);
    rows.push({
      repo,
      group: corpusGroup(expected),
      files: snapshot.files.length,
      verdict: report.summary.verdict,
      score: report.summary.score,
      expression: report.licenses.expression,
      registry: expected.declaredSpdx ?? [],
      licensee: licenseeProject,
      vsRegistry: compareLicenses(found, licenseFamilies(expected.declaredSpdx ?? [])),
      vsLicensee: compareLicenses(found, licenseFamilies(licenseeKnown)),
      statuses: statusString(report),
      ms,
    });

    expect(crashesOf(result), `checks crashed on ${repo}`).toEqual([]);
    expect(structuralProblems(report), `malformed report for ${repo}`).toEqual([]);
    expect(report.target).toMatchObject({
      source: 'git',
      ref: repo,
      url: `https://github.com/${repo}`,
      commit: expected.commit,
    });
  });
});

/** Small corpus repositories (< 300 files, no symlinks, nothing under folders a plain walk skips). */
const ON_DISK = ['drivendataorg__deon', 'kimetrica__MERON_api', 'tableau__TabPy'];

/**
 * Writes a corpus repository as a plain folder: the copied texts byte for byte, every other listed
 * file as a sparse file of its listed size (all NUL bytes, so a source reading it sees binary).
 */
function materialise(entry: CorpusEntry, root: string): void {
  for (const [path, size] of readFileList(entry.dir)) {
    const target = join(root, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const copy = join(entry.dir, 'files', ...path.split('/'));
    try {
      copyFileSync(copy, target);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      writeFileSync(target, '');
      truncateSync(target, size);
    }
  }
}

describe('local source on materialised corpus repositories', () => {
  const byId = new Map(corpus.map((e) => [e.id, e]));
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });

  it.each(ON_DISK)('%s: run() on disk agrees with checkSnapshot() in memory', async (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`corpus repository ${id} is missing from ${corpus[0]?.dir ?? 'the corpus'}/..`);
    const root = mkdtempSync(join(tmpdir(), `dpg-corpus-${id}-`));
    temps.push(root);
    materialise(entry, root);

    const onDisk = await run({ target: root, now: NOW });
    const inMemory = checkSnapshot(corpusSnapshot(entry.dir), undefined, NOW);

    expect(onDisk.report.target.source).toBe('local');
    expect(crashesOf(onDisk), `checks crashed on ${id} (local source)`).toEqual([]);
    expect(onDisk.report.indicators.map((i) => [i.id, i.status])).toEqual(
      inMemory.report.indicators.map((i) => [i.id, i.status]),
    );
    expect(onDisk.report.licenses.expression).toBe(inMemory.report.licenses.expression);
    expect(onDisk.report.summary.verdict).toBe(inMemory.report.summary.verdict);
  });
});
