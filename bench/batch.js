// Batch-mode throughput: `dpg-check batch` over every ../shared/corpus repository served by the GitHub
// emulator with injected latency, at several concurrencies, each run a fresh CLI process; prints
// repositories per second, the ideal (requests x latency / concurrency) and peak memory.
// Usage: npm run bench:batch [-- --latency 50,200 --concurrency 1,8,32 --limit 48]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { positiveInt, requireValue } from './common.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(HERE, '..', 'bin', 'dpg-check.js');
const EMULATOR = join(HERE, '..', 'dist', 'emulator', 'server.js');
const CORPUS = join(HERE, '..', '..', 'shared', 'corpus');
// Preloaded into each CLI process: its peak resident set size (MB) goes to the file named by RSS_FILE.
const RSS_PRELOAD =
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.RSS_FILE, String(process.resourceUsage().maxRSS / 1024)));\n";

function parseArgs(argv) {
  const options = { latencies: [50, 200], concurrencies: [1, 8, 32], limit: Infinity };
  const list = (text, name) => text.split(',').map((part) => positiveInt(part, name));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--latency') options.latencies = list(requireValue(argv, ++i, arg), arg);
    else if (arg === '--concurrency') options.concurrencies = list(requireValue(argv, ++i, arg), arg);
    else if (arg === '--limit') options.limit = positiveInt(requireValue(argv, ++i, arg), arg);
    else
      throw new Error(
        `unknown option ${arg} (usage: node bench/batch.js [--latency 50,200] [--concurrency 1,8,32] [--limit N])`,
      );
  }
  return options;
}

function corpusRepos(limit) {
  const names = readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.includes('__'))
    .map((e) => e.name)
    .sort();
  if (names.length === 0) throw new Error(`no OWNER__NAME folders in ${CORPUS}`);
  return names.slice(0, limit).map((name) => name.replace('__', '/'));
}

/** One `dpg-check batch` process; resolves with its wall time, peak RSS and tallies. */
function runBatch(work, apiUrl, concurrency, label) {
  const out = join(work, `out-${label}`);
  const rssFile = join(work, `rss-${label}`);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--require',
      join(work, 'rss.cjs'),
      BIN,
      'batch',
      join(work, 'repos.txt'),
      '--api-url',
      apiUrl,
      '--no-cache',
      '-j',
      String(concurrency),
      '-q',
      '--out',
      out,
    ],
    {
      env: { ...process.env, GITHUB_TOKEN: 'bench-token-not-a-secret', RSS_FILE: rssFile, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 3) return reject(new Error(`dpg-check batch exited ${code}: ${stderr.trim()}`));
      const records = readFileSync(join(out, 'results.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line));
      const failed = records.filter((record) => record.error !== undefined).length;
      resolve({ seconds, rssMb: Number(readFileSync(rssFile, 'utf8')), checked: records.length - failed, failed });
    }),
  );
}

const pad = (value, width) => String(value).padStart(width);

/** The emulator builds each repository's git objects on first use (seconds for the largest): not ours to time. */
async function warmUp(apiUrl, repos) {
  for (const repo of repos) {
    const response = await globalThis.fetch(`${apiUrl}/repos/${repo}`);
    await response.arrayBuffer();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const { startGitHubEmulator } = await import(EMULATOR).catch(() => {
    throw new Error(`cannot load ${EMULATOR}: compile the emulator first (npx tsc -p tsconfig.emulator.json)`);
  });
  const repos = corpusRepos(options.limit);
  const work = mkdtempSync(join(tmpdir(), 'dpg-check-bench-batch-'));
  writeFileSync(join(work, 'repos.txt'), `${repos.join('\n')}\n`);
  writeFileSync(join(work, 'rss.cjs'), RSS_PRELOAD);
  console.log(
    `dpg-check batch over ${repos.length} corpus repositories served by the GitHub emulator (fresh process per run, no cache)\n`,
  );
  console.log('latency  concurrency  requests  wall s  repos/s  ideal s  ideal repos/s  of ideal  peak RSS MB  failed');
  try {
    for (const latencyMs of options.latencies) {
      const emulator = await startGitHubEmulator({ reposDir: CORPUS, latencyMs });
      try {
        await warmUp(emulator.url, repos);
        for (const concurrency of options.concurrencies) {
          const before = emulator.requests.length;
          const run = await runBatch(work, emulator.url, concurrency, `${latencyMs}-${concurrency}`);
          const requests = emulator.requests.length - before;
          // The ideal: every request waits out the latency, `concurrency` requests always in flight, no CPU time.
          const idealSeconds = (requests * latencyMs) / 1000 / concurrency;
          console.log(
            [
              pad(`${latencyMs} ms`, 7),
              pad(concurrency, 12),
              pad(requests, 9),
              pad(run.seconds.toFixed(1), 7),
              pad((repos.length / run.seconds).toFixed(2), 8),
              pad(idealSeconds.toFixed(1), 8),
              pad((repos.length / idealSeconds).toFixed(2), 14),
              pad(`${Math.round((100 * idealSeconds) / run.seconds)}%`, 9),
              pad(run.rssMb.toFixed(0), 12),
              pad(run.failed, 7),
            ].join(' '),
          );
        }
      } finally {
        await emulator.close();
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(`bench:batch: ${err.message}`);
  process.exitCode = 1;
});
