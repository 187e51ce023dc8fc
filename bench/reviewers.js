// dpg-check reviewer-agreement bench: runs the built CLI over real repositories, each against its own DPGA
// application, and compares the verdicts with what the DPGA decided (approved as DPG, or excluded and why).
// Usage: npm run bench:reviewers [-- --set corpus|heldout|records --root DIR --json --only NAME]
// See bench/README.md ("Reviewer agreement") for the sets, the layout of --root and how to read the table.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearTimeout, setTimeout } from 'node:timers';
import { positiveInt, requireValue } from './common.js';
import { listRecords, reasonCategory } from './reviewer-records.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const CLI = join(ROOT, 'bin', 'dpg-check.js');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');
const DEFAULT_ROOTS = { corpus: join(ROOT, '..', 'cache', 'repos'), heldout: join(ROOT, '..', 'cache', 'heldout') };
const DEFAULT_PGC = join(ROOT, '..', 'cache', 'pgc');
/** Fails that reviewers would give under the current Standard although the DPGA approved the product. */
const TRUTH = JSON.parse(readFileSync(join(HERE, 'reviewer-truth.json'), 'utf8'));
const RUN_TIMEOUT_MS = 300_000;
const REASONS = ['developer tool', 'license', 'unmaintained', 'other'];
/** Issue 12's goals: at least 89% of approved DPGs with no fail, none not-eligible. */
const TARGET_NO_FAIL = 0.89;

// ---------------------------------------------------------------------------------------------
// Options

const USAGE = `node bench/reviewers.js [options]
  --set corpus|heldout|records   which repositories (default corpus; records: every DPGA record loads?)
  --root DIR                     where the checkouts are (default ../cache/repos, ../cache/heldout)
  --pgc DIR                      a publicgoods-candidates checkout, for --set records (default ../cache/pgc)
  --no-bare                      skip the second run without answers
  --only NAME                    only the repositories whose OWNER__NAME contains NAME (repeatable)
  --concurrency N                CLI processes at once (default 1: the machine is shared)
  --reports DIR                  also write every JSON report there
  --json                         print machine-readable results instead of the tables`;

function parseArgs(argv) {
  const options = {
    set: 'corpus',
    root: undefined,
    pgc: DEFAULT_PGC,
    bare: true,
    only: [],
    concurrency: 1,
    reports: undefined,
    json: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => requireValue(argv, ++i, arg);
    if (arg === '--set') options.set = oneOf(value(), ['corpus', 'heldout', 'records'], arg);
    else if (arg === '--root') options.root = value();
    else if (arg === '--pgc') options.pgc = value();
    else if (arg === '--no-bare') options.bare = false;
    else if (arg === '--only') options.only.push(value().toLowerCase());
    else if (arg === '--concurrency') options.concurrency = positiveInt(value(), arg);
    else if (arg === '--reports') options.reports = value();
    else if (arg === '--json') options.json = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  options.root ??= DEFAULT_ROOTS[options.set];
  return options;
}

function oneOf(value, allowed, flag) {
  if (!allowed.includes(value)) throw new Error(`${flag} must be one of ${allowed.join(', ')}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Entries: a checkout, the application the DPGA holds for it, and the DPGA's decision

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** Corpus: decisions and applications from ../shared/corpus, checkouts under --root by the same folder name. */
function corpusEntries(root) {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.includes('__'))
    .map((e) => {
      const expected = readJson(join(CORPUS, e.name, 'expected.json'));
      return entry(e.name, join(root, e.name), join(CORPUS, e.name, 'application.json'), expected);
    });
}

/** Held-out: under --root, OWNER__NAME/ (the checkout) with OWNER__NAME.application.json and .expected.json beside it. */
function heldoutEntries(root) {
  if (!existsSync(root)) throw new Error(`${root} not found: fetch the held-out repositories first (bench/README.md)`);
  return readdirSync(root)
    .filter((f) => f.endsWith('.application.json'))
    .map((f) => f.slice(0, -'.application.json'.length))
    .map((id) =>
      entry(id, join(root, id), join(root, `${id}.application.json`), readJson(join(root, `${id}.expected.json`))),
    );
}

function entry(id, dir, application, expected) {
  const approved = expected.stage === 'DPG';
  const excluded = expected.folder === 'excluded-nominees';
  return {
    id,
    dir,
    application,
    approved,
    excluded,
    group: approved ? 'DPG' : excluded ? 'excluded' : 'nominee/archive',
    reason: excluded ? (reasonCategory(expected.excludedReason) ?? 'other') : null,
    excludedReason: expected.excludedReason ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Running the CLI

function runCli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (c) => out.push(c));
    child.stderr.on('data', (c) => err.push(c));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/**
 * One check of one folder, against `answersFile` when given (dpg-check --answers FILE): the report, or why
 * there is none. Warnings are the stderr lines that say so and the report's notes on the answers (values
 * of a record left out, repositories that do not include the target); `changes`, the legacy shapes the
 * loader normalised.
 */
async function check(dir, { answersFile } = {}) {
  const args = ['--format', 'json', '--no-config', ...(answersFile !== undefined ? ['--answers', answersFile] : [])];
  const { code, signal, stdout, stderr } = await runCli([dir, ...args]);
  const stderrWarnings = stderr.split('\n').filter((l) => /warning/i.test(l));
  if (code === 0 || code === 1) {
    let report;
    try {
      report = JSON.parse(stdout);
    } catch {
      return { error: `unreadable report (exit ${code})`, code, warnings: stderrWarnings, changes: [] };
    }
    const notes = report.declaration ?? { warnings: [], normalised: [] };
    const warnings = [...stderrWarnings, ...notes.warnings.map((w) => w.message)];
    const changes = notes.normalised.map((n) => `${n.field} ${n.found} → ${n.became}`);
    return { report, code, warnings, changes };
  }
  const error = signal
    ? `killed by ${signal}`
    : (stderr
        .trim()
        .split('\n')
        .find((l) => l.startsWith('dpg-check:')) ?? `exit ${code}`);
  return { error, code, refused: code === 2, warnings: stderrWarnings, changes: [] };
}

// ---------------------------------------------------------------------------------------------
// Reading a report

/**
 * The indicator-level fails of a report, each with the checks that fail it and their failing findings.
 * Only `required` checks fail an indicator (a failing `recommended` one warns), so only they are listed.
 */
function failsOf(report) {
  const fails = [];
  for (const indicator of report.indicators) {
    if (indicator.status !== 'fail') continue;
    const checks = indicator.checks.filter((c) => c.outcome === 'fail' && c.level === 'required').map((c) => c.id);
    const findings = indicator.evidence
      .filter((e) => e.outcome === 'fail' && checks.includes(e.check))
      .map((e) => ({ check: e.check ?? null, path: e.path, detail: e.detail }));
    fails.push({ indicator: indicator.id, checks, findings });
  }
  return fails;
}

/** A fail finding that bench/reviewer-truth.json records as one reviewers would give too. */
const isTruth = (id, finding) =>
  TRUTH.some(
    (t) =>
      t.repo.replace('/', '__').toLowerCase() === id.toLowerCase() &&
      t.check === finding.check &&
      finding.detail.includes(t.finding),
  );

const outcomeOf = (report, checkId) =>
  report.indicators.flatMap((i) => i.checks).find((c) => c.id === checkId)?.outcome ?? null;

/** Whether the report flags the reason the DPGA excluded the product for. */
function catches(report, reason) {
  const status = (id) => report.indicators.find((i) => i.id === id)?.status;
  if (reason === 'developer tool')
    return ['warn', 'fail'].includes(outcomeOf(report, 'sdg-relevance/not-developer-tool') ?? '');
  if (reason === 'license') return status('2') === 'fail' || report.summary.verdict === 'not-eligible';
  if (reason === 'unmaintained')
    return ['warn', 'fail'].includes(outcomeOf(report, 'standards-best-practices/repository-maintained') ?? '');
  return report.summary.verdict !== 'ready' && report.indicators.some((i) => i.status === 'fail');
}

function summarise(entry, result) {
  const row = { id: entry.id, group: entry.group, reason: entry.reason, excludedReason: entry.excludedReason };
  if (!result) return { ...row, skipped: 'no checkout' };
  if (!result.report)
    return {
      ...row,
      error: result.error,
      refused: result.refused === true,
      warnings: result.warnings,
      changes: result.changes,
    };
  const { report } = result;
  return {
    ...row,
    verdict: report.summary.verdict,
    score: report.summary.score,
    statuses: Object.fromEntries(report.indicators.map((i) => [i.id, i.status])),
    fails: failsOf(report).map((f) => ({
      ...f,
      findings: f.findings.map((x) => ({ ...x, truth: isTruth(entry.id, x) })),
    })),
    developerTool: outcomeOf(report, 'sdg-relevance/not-developer-tool'),
    maintained: outcomeOf(report, 'standards-best-practices/repository-maintained'),
    caught: entry.reason ? catches(report, entry.reason) : null,
    license: report.licenses?.expression ?? null,
    declaredAnswers: report.declaredAnswers,
    warnings: result.warnings,
    changes: result.changes,
  };
}

// ---------------------------------------------------------------------------------------------
// The agreement table

const pct = (n, d) => (d === 0 ? '—' : `${n}/${d} (${Math.round((100 * n) / d)}%)`);

function agreement(rows) {
  const ran = rows.filter((r) => !r.skipped);
  const judged = ran.filter((r) => r.verdict);
  const approved = judged.filter((r) => r.group === 'DPG');
  const excluded = judged.filter((r) => r.group === 'excluded');
  // A fail is explained when every failing finding of it is in reviewer-truth.json; the others are false fails.
  const explained = (f) => f.findings.length > 0 && f.findings.every((x) => x.truth);
  const falseFails = {};
  for (const r of approved)
    for (const f of r.fails.filter((x) => !explained(x))) falseFails[f.indicator] = (falseFails[f.indicator] ?? 0) + 1;
  const byReason = Object.fromEntries(
    REASONS.map((reason) => {
      const those = excluded.filter((r) => r.reason === reason);
      return [
        reason,
        {
          caught: those.filter((r) => r.caught).length,
          of: those.length,
          names: those.filter((r) => r.caught).map((r) => r.id),
        },
      ];
    }),
  );
  return {
    accepted: {
      n: judged.length,
      of: ran.length,
      refused: ran.filter((r) => r.refused).length,
      warned: ran.filter((r) => r.warnings?.length > 0).length,
    },
    approved: approved.length,
    noFail: approved.filter((r) => r.fails.length === 0).length,
    noFalseFail: approved.filter((r) => r.fails.every(explained)).length,
    explainedFails: approved.flatMap((r) => r.fails.filter(explained).map((f) => `${r.id} ${f.indicator}`)),
    ready: approved.filter((r) => r.verdict === 'ready').length,
    notEligible: approved.filter((r) => r.verdict === 'not-eligible').map((r) => r.id),
    excludedAnyFail: {
      n: excluded.filter((r) => r.fails.length > 0 || r.verdict === 'not-eligible').length,
      of: excluded.length,
    },
    byReason,
    falseFails: Object.fromEntries(Object.entries(falseFails).sort((a, b) => b[1] - a[1])),
    developerToolWarnsOnApproved: approved.filter((r) => ['warn', 'fail'].includes(r.developerTool)).map((r) => r.id),
    skipped: rows.filter((r) => r.skipped).map((r) => r.id),
  };
}

function agreementLines(title, a) {
  const rows = [
    [
      'records accepted (loaded without refusal)',
      `${pct(a.accepted.n, a.accepted.of)}; refused ${a.accepted.refused}, with warnings ${a.accepted.warned}`,
    ],
    ['approved DPGs with no fail', `${pct(a.noFail, a.approved)} (goal ≥ ${Math.round(TARGET_NO_FAIL * 100)}%)`],
    [
      '  … or only fails in reviewer-truth.json',
      `${pct(a.noFalseFail, a.approved)}${a.explainedFails.length ? ` (recorded: ${a.explainedFails.join(', ')})` : ''}`,
    ],
    ['approved DPGs ready', pct(a.ready, a.approved)],
    [
      'not-eligible among approved',
      `${a.notEligible.length}${a.notEligible.length ? ` (${a.notEligible.join(', ')})` : ''} (goal 0)`,
    ],
    [
      'developer-tool warning on approved',
      `${pct(a.developerToolWarnsOnApproved.length, a.approved)} (goal ≤ 10%)${a.developerToolWarnsOnApproved.length ? ` (${a.developerToolWarnsOnApproved.join(', ')})` : ''}`,
    ],
    ['excluded with any fail or not-eligible', pct(a.excludedAnyFail.n, a.excludedAnyFail.of)],
    ['excluded products caught, by reason', ''],
    ...Object.entries(a.byReason)
      .filter(([, c]) => c.of > 0)
      .map(([reason, c]) => [
        `  ${reason}`,
        `${pct(c.caught, c.of)}${c.names.length ? `  ${c.names.join(', ')}` : ''}`,
      ]),
    [
      'false fails by indicator (approved DPGs)',
      Object.entries(a.falseFails)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ') || 'none',
    ],
  ];
  if (a.skipped.length)
    rows.push(['not run (no checkout under --root)', `${a.skipped.length}: ${a.skipped.join(', ')}`]);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return [`## ${title}`, '', ...rows.map(([label, value]) => `${label.padEnd(width)}${value}`.trimEnd())];
}

function rowLines(rows) {
  const lines = [
    '',
    '| repository | group | verdict | fails (indicator: check) | dev-tool | note |',
    '|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const fails = r.fails?.map((f) => `${f.indicator}: ${f.checks.join(', ') || '—'}`).join('; ') ?? '';
    const note = r.skipped ?? r.error ?? (r.reason ? `${r.reason}: ${r.caught ? 'caught' : 'missed'}` : '');
    lines.push(`| ${r.id} | ${r.group} | ${r.verdict ?? '—'} | ${fails} | ${r.developerTool ?? '—'} | ${note} |`);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Sets

async function pool(items, concurrency, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

function saveReport(options, name, result) {
  if (!options.reports || !result?.report) return;
  mkdirSync(options.reports, { recursive: true });
  writeFileSync(join(options.reports, `${name}.json`), `${JSON.stringify(result.report, null, 2)}\n`);
}

async function repositorySet(options) {
  let entries = options.set === 'corpus' ? corpusEntries(options.root) : heldoutEntries(options.root);
  if (options.only.length) entries = entries.filter((e) => options.only.some((o) => e.id.toLowerCase().includes(o)));
  entries.sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
  const present = (e) => existsSync(e.dir) && statSync(e.dir).isDirectory();
  const runs = { withAnswers: [], bare: [] };
  const done = await pool(entries, options.concurrency, async (e) => {
    if (!present(e)) return { e, answered: undefined, bare: undefined };
    if (!options.json) process.stderr.write(`${e.id}\n`);
    const answered = await check(e.dir, { answersFile: e.application });
    saveReport(options, `${e.id}.answers`, answered);
    const bare = options.bare ? await check(e.dir) : undefined;
    saveReport(options, `${e.id}.bare`, bare);
    return { e, answered, bare };
  });
  for (const { e, answered, bare } of done) {
    runs.withAnswers.push(summarise(e, answered));
    if (options.bare) runs.bare.push(summarise(e, bare));
  }
  const result = {
    set: options.set,
    withAnswers: { agreement: agreement(runs.withAnswers), rows: runs.withAnswers },
  };
  if (options.bare) result.withoutAnswers = { agreement: agreement(runs.bare), rows: runs.bare };
  if (options.json) return console.log(JSON.stringify(result, null, 2));
  const lines = [`# Reviewer agreement: ${options.set} (${entries.length} repositories, each with --answers FILE)`, ''];
  lines.push(
    ...agreementLines('With the DPGA application', result.withAnswers.agreement),
    ...rowLines(runs.withAnswers),
    '',
  );
  if (result.withoutAnswers)
    lines.push(...agreementLines('Without answers', result.withoutAnswers.agreement), ...rowLines(runs.bare));
  console.log(lines.join('\n'));
}

/**
 * Every DPGA record must load: each nominee file of the checkout is given with --answers (its screening
 * answers beside it are read with it, as the DPGA holds an application) against a folder holding only a
 * README, so only the answers are at stake.
 */
async function recordSet(options) {
  let records = listRecords(options.pgc);
  if (options.only.length) records = records.filter((r) => options.only.some((o) => r.id.toLowerCase().includes(o)));
  const tmp = mkdtempSync(join(tmpdir(), 'dpg-records-'));
  try {
    const results = await pool(records, options.concurrency, async (r, i) => {
      const dir = join(tmp, `r${i}`);
      mkdirSync(dir);
      // An empty folder is refused as "no files to check": one file makes it a (bare) repository.
      writeFileSync(join(dir, 'README.md'), '# Placeholder\n');
      const result = await check(dir, { answersFile: join(options.pgc, r.folder, r.file) });
      return {
        id: r.id,
        loaded: Boolean(result.report),
        refused: result.refused === true,
        error: result.error ?? null,
        warnings: result.warnings,
        changes: result.changes,
        declaredAnswers: result.report?.declaredAnswers ?? null,
      };
    });
    const refused = results.filter((r) => r.refused);
    const failed = results.filter((r) => !r.loaded && !r.refused);
    const warned = results.filter((r) => r.warnings.length > 0);
    const changed = results.filter((r) => r.changes.length > 0);
    if (options.json)
      return console.log(
        JSON.stringify(
          {
            set: 'records',
            total: results.length,
            refused: refused.length,
            otherErrors: failed.length,
            warned: warned.length,
            results,
          },
          null,
          2,
        ),
      );
    const lines = [
      `# Every DPGA record loads? ${results.length} records of ${options.pgc} (each with --answers FILE)`,
      '',
    ];
    lines.push(`loaded            ${pct(results.filter((r) => r.loaded).length, results.length)}`);
    lines.push(
      `refused (exit 2)  ${refused.length}`,
      `other errors      ${failed.length}`,
      `with warnings     ${warned.length}`,
    );
    lines.push(`with legacy shapes normalised ${changed.length}`);
    const reasons = {};
    for (const r of refused) reasons[r.error] = (reasons[r.error] ?? 0) + 1;
    for (const [reason, n] of Object.entries(reasons)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15))
      lines.push(`  ${n} × ${reason}`);
    for (const r of failed.slice(0, 10)) lines.push(`  error: ${r.id}: ${r.error}`);
    console.log(lines.join('\n'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options.set === 'records') await recordSet(options);
  else await repositorySet(options);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
