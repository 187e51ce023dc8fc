// dpg-check license bench: the license engine over every repository of ../shared/corpus — family-level
// accuracy against the adjudicated truth next to licensee's, the repositories it gets wrong, time per
// repository in process, and whole-process time against `licensee detect` on the same folders.
// Usage: npm run bench:licenses [-- --runs 5 --process-runs 3 --no-processes --clean]
// See bench/README.md ("License engine") for the rules and how to read the tables.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import { onPath, positiveInt, requireValue } from './common.js';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { licenseeAnswer, percent, scoreAnswer, truthFor } from './license-score.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const DIST = join(ROOT, 'dist');
const CLI = join(ROOT, 'bin', 'dpg-check.js');
const DEFAULT_CORPUS = join(ROOT, '..', 'shared', 'corpus');
/** Bump when materialise() changes: cached trees of an older shape are then rebuilt. */
const MATERIALISER_VERSION = 1;
const CACHE_ROOT = join(tmpdir(), 'dpg-check-bench', `corpus-v${MATERIALISER_VERSION}`);
/** A fixed clock, so reports do not depend on the day the bench runs. */
const NOW = new Date('2026-11-29T00:00:00Z');
const TARGET_ACCURACY = 90;
const TARGET_SPEEDUP = 5;

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = { runs: 5, processRuns: 3, processes: true, clean: false, corpus: DEFAULT_CORPUS };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => requireValue(argv, ++i, arg);
    if (arg === '--runs') options.runs = positiveInt(value(), arg);
    else if (arg === '--process-runs') options.processRuns = positiveInt(value(), arg);
    else if (arg === '--no-processes') options.processes = false;
    else if (arg === '--clean') options.clean = true;
    else if (arg === '--corpus') options.corpus = value();
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/licenses.js [--runs N] [--process-runs N] [--no-processes] [--clean] [--corpus DIR]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}

// ---------------------------------------------------------------------------------------------
// Corpus (the same reading as test/support/corpus.ts, in plain JS against dist/)

function listCorpus(root) {
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new Error(`Corpus not found at ${root}: the bench needs ../shared/corpus (or --corpus DIR).`);
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.includes('__'))
    .map((e) => ({
      id: e.name,
      dir: join(root, e.name),
      expected: JSON.parse(readFileSync(join(root, e.name, 'expected.json'), 'utf8')),
    }))
    .sort((a, b) => a.id.toLowerCase().localeCompare(b.id.toLowerCase()));
  if (entries.length === 0) throw new Error(`Corpus at ${root} holds no OWNER__NAME folders`);
  return entries;
}

/** files.txt: `path<TAB>size`; paths may hold spaces, so split at the last tab. */
function readFileList(dir) {
  const sizes = new Map();
  for (const line of readFileSync(join(dir, 'files.txt'), 'utf8').split('\n')) {
    const tab = line.lastIndexOf('\t');
    if (tab > 0) sizes.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return sizes;
}

/** The copied texts under files/, keyed by POSIX path from the repository root. */
function readTexts(dir) {
  const base = join(dir, 'files');
  const texts = {};
  const pending = existsSync(base) ? [base] : [];
  while (pending.length > 0) {
    const current = pending.pop();
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const absolute = join(current, entry.name);
      if (entry.isDirectory()) pending.push(absolute);
      else if (entry.isFile()) texts[relative(base, absolute).split(sep).join('/')] = readFileSync(absolute, 'utf8');
    }
  }
  return texts;
}

function snapshotOf(entry, memoryRepo) {
  const { repo, commit } = entry.expected;
  const [, name = ''] = repo.split('/');
  const sizes = Object.fromEntries(readFileList(entry.dir));
  const target = { source: 'git', ref: repo, url: `https://github.com/${repo}`, commit };
  return memoryRepo(readTexts(entry.dir), { sizes, target, meta: { name } });
}

// ---------------------------------------------------------------------------------------------
// Numbers and tables

const median = (values) => quantile(values, 0.5);
/** Nearest-rank quantile (p90 of 48 values is the 44th smallest). */
function quantile(values, q) {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  if (q === 0.5 && s.length % 2 === 0) return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

const fmt = (n, digits = 0) =>
  n === null || n === undefined
    ? '—'
    : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function table(headers, rows, rightAligned = []) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    `| ${cells.map((c, i) => (rightAligned.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

function loadLine() {
  const [one] = loadavg();
  const busy = one > cpus().length * 0.75;
  return `load average ${fmt(one, 2)} on ${cpus().length} CPU${busy ? ' — the machine is busy: timings are inflated and noisy' : ''}`;
}

// ---------------------------------------------------------------------------------------------
// Part 1: the engine in this process

async function loadDist() {
  const started = performance.now();
  const { checkSnapshot } = await import(pathToFileURL(join(DIST, 'run.js')).href);
  const importMs = performance.now() - started;
  const { memoryRepo } = await import(pathToFileURL(join(DIST, 'sources', 'memory.js')).href);
  let computeFacts = null;
  try {
    ({ computeFacts } = await import(pathToFileURL(join(DIST, 'facts', 'index.js')).href));
  } catch {
    // Facts alone are a bonus: the bench still measures checkSnapshot without them.
  }
  return { checkSnapshot, memoryRepo, computeFacts, importMs };
}

function timeRuns(runs, fn) {
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), result };
}

/** Per repository: our expression, its score and licensee's, median ms of checkSnapshot and of computeFacts. */
function measureInProcess(corpus, dist, runs) {
  const snapshots = corpus.map((entry) => snapshotOf(entry, dist.memoryRepo));
  // The first call pays for lazy loading (license index, data files): reported apart from the rest.
  const t0 = performance.now();
  dist.checkSnapshot(snapshots[0], undefined, NOW);
  const firstCallMs = performance.now() - t0;
  const rows = corpus.map((entry, i) => {
    const snapshot = snapshots[i];
    const check = timeRuns(runs, () => dist.checkSnapshot(snapshot, undefined, NOW));
    const facts = dist.computeFacts ? timeRuns(runs, () => dist.computeFacts(snapshot, undefined)).ms : null;
    const ours = check.result.report.licenses.expression;
    const truth = truthFor(entry.expected);
    const licensee = licenseeAnswer(entry.expected);
    return {
      entry,
      repo: entry.expected.repo,
      ours,
      truth,
      licensee,
      score: scoreAnswer(ours, truth),
      licenseeScore: scoreAnswer(licensee, truth),
      checkMs: check.ms,
      factsMs: facts,
    };
  });
  return { rows, firstCallMs };
}

function printAccuracy(rows) {
  const n = rows.length;
  const count = (pick) => rows.filter(pick).length;
  const line = (who, key) => {
    const strict = count((r) => r[key].strict);
    const lenient = count((r) => r[key].lenient);
    return [who, `${lenient}/${n}`, `${percent(lenient, n)}%`, `${strict}/${n}`, `${percent(strict, n)}%`];
  };
  console.log(`family-level accuracy over ${n} repositories (target: lenient ≥ ${TARGET_ACCURACY}%)`);
  console.log(
    table(
      ['engine', 'lenient', '%', 'strict', '%'],
      [line('dpg-check', 'score'), line('licensee (expected.json)', 'licenseeScore')],
      [1, 2, 3, 4],
    ),
  );
  console.log(
    'lenient = finds the code license(s) and nothing outside the truth; strict = exactly the truth set (see bench/README.md)',
  );
  const fixed = count((r) => r.score.lenient && !r.licenseeScore.lenient);
  const lost = count((r) => !r.score.lenient && r.licenseeScore.lenient);
  console.log(`right where licensee is wrong: ${fixed}; wrong where licensee is right: ${lost}\n`);

  const wrong = rows.filter((r) => !r.score.lenient);
  const cell = (ids) => (ids.length ? ids.join(', ') : '(no listed license)');
  const wrongRows = wrong.map((r) => [
    r.repo,
    r.ours ?? '—',
    cell(r.truth.truth),
    cell(r.truth.code),
    r.truth.source,
    r.licensee ?? '—',
  ]);
  console.log(`wrong (lenient): ${wrong.length}`);
  if (wrong.length)
    console.log(table(['repository', 'dpg-check', 'truth', 'code', 'truth from', 'licensee'], wrongRows));
  const partial = rows
    .filter((r) => r.score.lenient && !r.score.strict)
    .map((r) => `${r.repo} (${r.ours ?? '—'} of ${cell(r.truth.truth)})`);
  console.log(`\nright only leniently (a part of the truth): ${partial.length ? partial.join('; ') : 'none'}\n`);
}

function printInProcessTimes(rows, firstCallMs, importMs, runs) {
  const timing = (label, values) => [
    label,
    fmt(median(values), 2),
    fmt(quantile(values, 0.9), 2),
    fmt(Math.max(...values), 2),
  ];
  const lines = [
    timing(
      'checkSnapshot (whole report)',
      rows.map((r) => r.checkMs),
    ),
  ];
  if (rows.every((r) => r.factsMs !== null))
    lines.push(
      timing(
        'computeFacts (license facts)',
        rows.map((r) => r.factsMs),
      ),
    );
  console.log(`in process, per repository (median of ${runs} warm runs each; snapshot building excluded)`);
  console.log(table(['what', 'median ms', 'p90 ms', 'max ms'], lines, [1, 2, 3]));
  const slowest = [...rows]
    .sort((a, b) => b.checkMs - a.checkMs)
    .slice(0, 3)
    .map((r) => `${r.repo} ${fmt(r.checkMs, 1)} ms`);
  console.log(
    `import of dist/run.js ${fmt(importMs)} ms; first checkSnapshot call (cold) ${fmt(firstCallMs, 1)} ms; slowest: ${slowest.join(', ')}\n`,
  );
}

// ---------------------------------------------------------------------------------------------
// Part 2: whole processes on materialised folders, next to `licensee detect`

/** What the cached tree was made from: a changed files.txt, copied text or materialiser invalidates it. */
function fingerprint(entry) {
  const hash = createHash('sha1').update(`v${MATERIALISER_VERSION}\n${entry.expected.commit}\n`);
  hash.update(readFileSync(join(entry.dir, 'files.txt')));
  for (const [path, text] of Object.entries(readTexts(entry.dir)).sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${path}\n${text}`);
  return hash.digest('hex');
}

/**
 * The repository as a plain folder: copied texts byte for byte, every other listed file as a sparse
 * file of its listed size (NUL bytes: sources see binary). Symlinks become plain files too.
 */
function materialise(entry, root) {
  let skipped = 0;
  for (const [path, size] of readFileList(entry.dir)) {
    const target = join(root, ...path.split('/'));
    try {
      mkdirSync(dirname(target), { recursive: true });
      const copy = join(entry.dir, 'files', ...path.split('/'));
      if (existsSync(copy)) copyFileSync(copy, target);
      else {
        writeFileSync(target, '');
        truncateSync(target, size);
      }
    } catch {
      skipped += 1; // e.g. a path under something listed as a file (a symlink to a folder)
    }
  }
  return skipped;
}

/** Cached under the OS temp folder with a marker written last; an interrupted or stale tree is redone. */
function ensureTree(entry) {
  const base = join(CACHE_ROOT, entry.id);
  const marker = join(base, 'ready.json');
  const tree = join(base, 'tree');
  const print = fingerprint(entry);
  if (existsSync(marker) && JSON.parse(readFileSync(marker, 'utf8')).fingerprint === print)
    return { tree, made: false };
  rmSync(base, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  const skipped = materialise(entry, tree);
  writeFileSync(marker, `${JSON.stringify({ fingerprint: print, skipped })}\n`);
  return { tree, made: true };
}

/** Wall time of a whole process, with its stdout (capped) and exit code. */
function timeCommand(command, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      if (stdout.length < 4 * 1024 * 1024) stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 16 * 1024) stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: Number(process.hrtime.bigint() - started) / 1e6, code, stdout, stderr }));
  });
}

async function timeOurs(tree) {
  const r = await timeCommand(process.execPath, [CLI, tree, '--format', 'json']);
  // 0 = ready, 1 = gaps or not eligible: both are complete runs.
  if (r.code !== 0 && r.code !== 1) throw new Error(`dpg-check ${tree} exited with ${r.code}:\n${r.stderr}`);
  return { ms: r.ms, answer: JSON.parse(r.stdout).licenses.expression };
}

async function timeLicensee(licensee, tree) {
  const r = await timeCommand(licensee, ['detect', tree]);
  // licensee exits 1 when it finds no license ("License: None"): still a complete run.
  if (r.code !== 0 && !(r.code === 1 && /^License:/m.test(r.stdout)))
    throw new Error(`licensee detect ${tree} exited with ${r.code}:\n${r.stderr}`);
  return { ms: r.ms, answer: /^License:\s*(.+)$/m.exec(r.stdout)?.[1]?.trim() ?? null };
}

/** Per repository: median process ms of dpg-check and licensee (alternating runs), and their answers. */
async function measureProcesses(rows, licensee, runs) {
  const t0 = performance.now();
  let made = 0;
  const trees = rows.map((r) => {
    const { tree, made: fresh } = ensureTree(r.entry);
    if (fresh) made += 1;
    return tree;
  });
  console.log(
    `materialised folders under ${CACHE_ROOT}: ${made ? `${made} written` : 'all cached'} (${fmt((performance.now() - t0) / 1000, 1)} s)`,
  );
  const out = [];
  for (let i = 0; i < rows.length; i++) {
    const ours = [];
    const theirs = [];
    for (let k = 0; k < runs; k++) {
      ours.push(await timeOurs(trees[i]));
      if (licensee) theirs.push(await timeLicensee(licensee, trees[i]));
    }
    out.push({
      row: rows[i],
      oursMs: median(ours.map((s) => s.ms)),
      oursAnswer: ours[0].answer,
      licenseeMs: licensee ? median(theirs.map((s) => s.ms)) : null,
      licenseeAnswer: theirs[0]?.answer ?? null,
    });
  }
  return out;
}

const spread = (label, values) => [label, fmt(median(values)), fmt(quantile(values, 0.9)), fmt(Math.max(...values))];
const listOrNone = (items, none) => (items.length ? `${items.length} differ — ${items.join('; ')}` : none);

function printProcesses(results, licensee, runs) {
  const lines = [
    spread(
      'node bin/dpg-check.js DIR --format json',
      results.map((r) => r.oursMs),
    ),
  ];
  if (licensee)
    lines.push(
      spread(
        'licensee detect DIR',
        results.map((r) => r.licenseeMs),
      ),
    );
  console.log(
    `whole process per repository (median of ${runs} runs each; folders of sparse files plus the copied texts)`,
  );
  console.log(table(['command', 'median ms', 'p90 ms', 'max ms'], lines, [1, 2, 3]));
  const differ = results
    .filter((r) => r.oursAnswer !== r.row.ours)
    .map((r) => `${r.row.repo} (${r.oursAnswer ?? '—'} on disk vs ${r.row.ours ?? '—'} in memory)`);
  console.log(`dpg-check on disk vs in memory: ${listOrNone(differ, 'same expression for every repository')}`);
  if (licensee) printSpeedup(results);
  else
    console.log(
      '\nlicensee is not installed, so there is no ratio. To compare: sudo apt-get install ruby-licensee (Debian/Ubuntu) or gem install licensee',
    );
}

function printSpeedup(results) {
  const ratioOfMedians = median(results.map((r) => r.licenseeMs)) / median(results.map((r) => r.oursMs));
  const medianRatio = median(results.map((r) => r.licenseeMs / r.oursMs));
  const verdict = ratioOfMedians >= TARGET_SPEEDUP ? 'meets' : 'misses';
  console.log(
    `\nspeed-up (licensee ms / dpg-check ms): ${fmt(ratioOfMedians, 2)}× on medians, ${fmt(medianRatio, 2)}× median per repository — ${verdict} the ${TARGET_SPEEDUP}× target`,
  );
  // The folders hold NUL-filled manifests and only the copied texts, so licensee may answer differently here.
  const differ = results
    .filter((r) => r.licenseeAnswer !== (r.row.licensee ?? 'None'))
    .map((r) => `${r.row.repo} (${r.licenseeAnswer ?? '?'} here, ${r.row.licensee ?? 'None'} in expected.json)`);
  console.log(`licensee here vs expected.json: ${listOrNone(differ, 'same project answer for every repository')}`);
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(join(DIST, 'run.js'))) {
    console.error(
      `${join(DIST, 'run.js')} is missing: run \`npm run build\` first (npm run bench:licenses does it for you).`,
    );
    process.exit(1);
  }
  if (options.clean) {
    rmSync(CACHE_ROOT, { recursive: true, force: true });
    console.log(`removed ${CACHE_ROOT}`);
  }
  const benchStart = performance.now();
  console.log(`dpg-check license bench — node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'})`);
  console.log(`corpus ${options.corpus}`);
  console.log(`${loadLine()}\n`);

  const corpus = listCorpus(options.corpus);
  const dist = await loadDist();
  const { rows, firstCallMs } = measureInProcess(corpus, dist, options.runs);
  printAccuracy(rows);
  printInProcessTimes(rows, firstCallMs, dist.importMs, options.runs);

  if (!options.processes) console.log('whole-process timing skipped (--no-processes)');
  else {
    const licensee = onPath('licensee');
    const results = await measureProcesses(rows, licensee, options.processRuns);
    printProcesses(results, licensee, options.processRuns);
  }
  console.log(`\n${loadLine()}`);
  console.log(`bench finished in ${fmt((performance.now() - benchStart) / 1000, 1)} s`);
}

// `node bench/licenses.js | head` should end quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
