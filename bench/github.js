// dpg-check GitHub-source benchmark: every corpus repository served by the GitHub API emulator
// (test/support/github-emulator, compiled to dist/emulator), each checked by a fresh `dpg-check OWNER/NAME
// --api-url …` process. Prints requests per repository (median, max), time per repository with injected
// latency, and the same with a warm cache (conditional 304s only).
// Usage: npm run bench:github [-- --latency 50 --repos ../shared/corpus --limit N]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { positiveInt, requireValue } from './common.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const EMULATOR = join(ROOT, 'dist', 'emulator', 'main.js');
const BIN = join(ROOT, 'bin', 'dpg-check.js');

function parseArgs(argv) {
  const options = { latency: 50, repos: join(ROOT, '..', 'shared', 'corpus'), limit: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => requireValue(argv, ++i, arg);
    if (arg === '--latency') options.latency = Number(value());
    else if (arg === '--repos') options.repos = value();
    else if (arg === '--limit') options.limit = positiveInt(value(), '--limit');
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/github.js [--latency MS] [--repos DIR] [--limit N]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  if (!Number.isInteger(options.latency) || options.latency < 0)
    throw new Error('--latency must be a whole number of ms');
  return options;
}

/** Starts the emulator and resolves with its base URL (its first line of stdout). */
function startEmulator(args) {
  const child = spawn(process.execPath, [EMULATOR, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ url: line.trim(), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
}

function runCheck(target, url, cacheDir) {
  const started = performance.now();
  const child = spawn(process.execPath, [BIN, target, '--api-url', url, '--format', 'json'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, DPG_CHECK_CACHE_DIR: cacheDir, GITHUB_TOKEN: '', GH_TOKEN: '' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ code, ms: performance.now() - started, stderr })),
  );
}

function readLog(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function pass(label, repos, url, cacheDir, logFile) {
  const rows = [];
  for (const id of repos) {
    const before = readLog(logFile).length;
    const target = id.replace('__', '/');
    const result = await runCheck(target, url, cacheDir);
    const requests = readLog(logFile).slice(before);
    if (result.code !== 0 && result.code !== 1)
      console.error(`${label} ${target}: exit ${result.code} ${result.stderr.trim()}`);
    rows.push({
      id,
      ms: result.ms,
      requests: requests.length,
      notModified: requests.filter((r) => r.status === 304).length,
      code: result.code,
      calls: requests.map((r) => `${r.endpoint}:${r.status}`).join(' '),
    });
  }
  return rows;
}

function summarise(label, rows) {
  const requests = rows.map((r) => r.requests);
  const ms = rows.map((r) => r.ms);
  const failed = rows.filter((r) => r.code !== 0 && r.code !== 1).length;
  console.log(
    `| ${label} | ${rows.length} | ${median(requests)} | ${Math.max(...requests)} | ${rows.reduce((s, r) => s + r.notModified, 0)} | ${Math.round(median(ms))} | ${Math.round(Math.max(...ms))} | ${failed} |`,
  );
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(EMULATOR))
    throw new Error(`${EMULATOR} is missing: run npx tsc -p tsconfig.emulator.json (npm run bench does)`);
  const repos = readdirSync(options.repos)
    .filter((name) => name.includes('__') && statSync(join(options.repos, name)).isDirectory())
    .sort()
    .slice(0, options.limit);
  const work = mkdtempSync(join(tmpdir(), 'dpg-check-bench-github-'));
  const logFile = join(work, 'requests.jsonl');
  const emulator = await startEmulator([
    '--repos',
    options.repos,
    '--latency',
    String(options.latency),
    '--log',
    logFile,
  ]);
  try {
    console.log(
      `\nGitHub source over ${repos.length} corpus repositories, emulator at ${emulator.url} with ${options.latency} ms latency per request; one fresh dpg-check process per repository.\n`,
    );
    console.log('| pass | repos | requests median | requests max | 304s | ms median | ms max | failed |');
    console.log('|---|---|---|---|---|---|---|---|');
    const cacheDir = join(work, 'cache');
    const cold = await pass('cold', repos, emulator.url, cacheDir, logFile);
    summarise('cold cache', cold);
    const warm = await pass('warm', repos, emulator.url, cacheDir, logFile);
    summarise('warm cache', warm);
    if (process.env.BENCH_VERBOSE) console.log(JSON.stringify({ cold, warm }, null, 1));
    const most = [...cold]
      .sort((a, b) => b.requests - a.requests)
      .slice(0, 3)
      .map((r) => `${r.id} (${r.requests})`)
      .join(', ');
    console.log(`\nMost requests (cold): ${most}`);
    const unusual = warm.filter((r) => r.requests !== 2).map((r) => `${r.id} (${r.calls})`);
    if (unusual.length > 0) console.log(`Warm runs with other than two 304s: ${unusual.join('; ')}`);
  } finally {
    emulator.stop();
    if (process.env.BENCH_VERBOSE)
      console.log(
        readFileSync(logFile, 'utf8')
          .split('\n')
          .map((l) => l.slice(0, 160))
          .join('\n'),
      );
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench/github.js: ${err.message}`);
  process.exitCode = 1;
});
