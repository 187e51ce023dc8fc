// dpg-check benchmark: full checks of synthetic repositories of 1k, 10k and 100k files, as a plain
// folder and as a git repository, each run in a fresh process; peers (licensee, licensecheck) side by
// side when installed. Usage: npm run bench [-- --sizes 1000,10000 --runs 5 --no-peers --clean]
// See bench/README.md for how to read the table.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { onPath } from './common.js';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'child.js');
const DIST_RUN = join(HERE, '..', 'dist', 'run.js');
/** Bump when the generator changes: cached trees of an older shape are then rebuilt. */
const GENERATOR_VERSION = 2;
const CACHE_ROOT = join(tmpdir(), 'dpg-check-bench');
const GIT_IDENTITY = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid'];
const GIT_QUIET = ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'core.hooksPath=/dev/null', '-c', 'gc.auto=0'];

// ---------------------------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = { sizes: [1_000, 10_000, 100_000], runs: null, peers: true, clean: false, licensecheckTimeoutS: 30 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--sizes') options.sizes = value().split(',').map((s) => parseSize(s));
    else if (arg === '--runs') options.runs = positiveInt(value(), '--runs');
    else if (arg === '--no-peers') options.peers = false;
    else if (arg === '--clean') options.clean = true;
    else if (arg === '--licensecheck-timeout') options.licensecheckTimeoutS = positiveInt(value(), '--licensecheck-timeout');
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/run.js [--sizes 1000,10000,100000] [--runs N] [--no-peers] [--licensecheck-timeout SECONDS] [--clean]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}

function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)(k)?$/i.exec(text.trim());
  if (!m) throw new Error(`bad size ${text}: use e.g. 1000 or 10k`);
  const n = Math.round(Number(m[1]) * (m[2] ? 1000 : 1));
  if (n < 20) throw new Error(`size ${n} is too small: at least 20 files`);
  return n;
}

function positiveInt(text, name) {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer`);
  return n;
}

/** Fewer runs of the big trees keep the whole bench within a few minutes. */
const runsFor = (size, override) => override ?? (size >= 100_000 ? 3 : 5);

// ---------------------------------------------------------------------------------------------
// Synthetic repositories

// The fixture's full MIT text, with the bench's own holder: one copy of the license text in the project.
const MIT_TEXT = readFileSync(new URL('../fixtures/repos/compliant-app/LICENSE', import.meta.url), 'utf8')
  .replace('Example Health Foundation', 'Bench Contributors');

/** Deterministic PRNG (mulberry32): the same size always gives the same tree. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Code-like filler that files are cut from. */
function codeFiller(random) {
  const words = ['const', 'value', 'return', 'function', 'export', 'import', 'items', 'result', 'await', 'config', 'options', 'index', 'length', 'map', 'filter', 'reduce', 'error', 'throw', 'new', 'if', 'else'];
  const lines = [];
  let size = 0;
  while (size < 96 * 1024) {
    const indent = '  '.repeat(Math.floor(random() * 4));
    const n = 3 + Math.floor(random() * 9);
    const line = `${indent}${Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')};`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** Mostly small files, a long tail of bigger ones (roughly what source trees look like). */
function fileSize(random) {
  const u = random();
  if (u < 0.6) return 200 + Math.floor(random() * 1800);
  if (u < 0.9) return 2_000 + Math.floor(random() * 6_000);
  if (u < 0.99) return 8_000 + Math.floor(random() * 24_000);
  return 32_000 + Math.floor(random() * 60_000);
}

function rootFiles(size) {
  return {
    LICENSE: MIT_TEXT,
    'README.md': `# bench-app\n\nA synthetic repository of ${size} files generated by dpg-check's benchmark.\n\n## Install\n\n    npm install\n\n## License\n\nMIT, see [LICENSE](LICENSE).\n`,
    'package.json': `${JSON.stringify({ name: 'bench-app', version: '1.0.0', license: 'MIT', type: 'module', scripts: { test: 'node --test' } }, null, 2)}\n`,
    'CONTRIBUTING.md': '# Contributing\n\nOpen an issue first, then a pull request with tests.\n',
    'CODE_OF_CONDUCT.md': '# Code of Conduct\n\nWe follow the Contributor Covenant, version 2.1.\n',
    'SECURITY.md': '# Security\n\nReport vulnerabilities to security@example.invalid.\n',
    'CHANGELOG.md': '# Changelog\n\n## 1.0.0\n\n- First release.\n',
    '.gitignore': 'node_modules/\ndist/\ncoverage/\n',
    'tsconfig.json': '{ "compilerOptions": { "strict": true } }\n',
    '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
    ...workspaceManifests(),
  };
}

/** A monorepo's shape: each src/pkgN is a workspace package with its own manifest, as the dependency checks read them. */
function workspaceManifests() {
  const deps = ['express', 'pg', 'react', 'leaflet', 'zod', 'pino', 'ajv', 'yaml', 'luxon', 'i18next'];
  return Object.fromEntries(deps.map((dep, n) => [`src/pkg${n}/package.json`, `${JSON.stringify({
    name: `@bench/pkg${n}`, version: '1.0.0', license: 'MIT', dependencies: { [dep]: '^1.0.0' }, devDependencies: { vitest: '^4.0.0' },
  }, null, 2)}\n`]));
}

/** path -> content for a tree of exactly `size` files: root files, docs/ (3%), tests/ (15%), nested src/. */
function* treeFiles(size) {
  const random = prng(size);
  const filler = codeFiller(random);
  const root = rootFiles(size);
  const header = '// SPDX-License-Identifier: MIT\n// Copyright (c) 2024 Bench Contributors\n';
  const cut = (length) => {
    const start = Math.floor(random() * (filler.length - 1));
    const body = filler.slice(start, start + length);
    return body.length < length ? body + filler.slice(0, length - body.length) : body;
  };
  for (const [path, text] of Object.entries(root)) yield [path, text];
  const docs = Math.max(3, Math.round(size * 0.03));
  const tests = Math.max(3, Math.round(size * 0.15));
  const src = size - Object.keys(root).length - docs - tests;
  const topics = ['guide', 'api', 'howto', 'design', 'ops'];
  for (let i = 0; i < docs; i++) {
    const dir = i < 5 ? 'docs' : `docs/${topics[i % topics.length]}`;
    yield [`${dir}/page-${i}.md`, `# Page ${i}\n\n${cut(fileSize(random)).replace(/;/g, '.')}\n`];
  }
  const PER_DIR = 25;
  const exts = ['js', 'js', 'ts', 'ts', 'ts', 'json', 'css'];
  for (let i = 0; i < src; i++) {
    const d = Math.floor(i / PER_DIR);
    const dir = `src/pkg${d % 10}/mod${Math.floor(d / 10) % 20}${d >= 200 ? `/part${Math.floor(d / 200)}` : ''}`;
    const ext = exts[i % exts.length];
    const body = cut(fileSize(random));
    yield [`${dir}/file${i}.${ext}`, ext === 'json' ? `${JSON.stringify({ id: i, data: body.slice(0, 200) })}\n` : `${header}${body}\n`];
  }
  for (let i = 0; i < tests; i++) {
    const d = Math.floor(i / PER_DIR);
    yield [`tests/pkg${d % 10}/suite${Math.floor(d / 10)}/case${i}.test.js`, `${header}${cut(fileSize(random))}\n`];
  }
}

function writeTree(dir, size) {
  const made = new Set();
  let files = 0;
  let bytes = 0;
  for (const [path, text] of treeFiles(size)) {
    const target = join(dir, ...path.split('/'));
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, text);
    files += 1;
    bytes += Buffer.byteLength(text);
  }
  if (files !== size) throw new Error(`generator wrote ${files} files, not ${size}`);
  return { files, bytes };
}

const git = (cwd, args) => execFileSync('git', [...GIT_IDENTITY, ...GIT_QUIET, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });

/** Generated once per size and generator version, then reused (the marker is written last). */
function ensureTrees(size) {
  const base = join(CACHE_ROOT, `v${GENERATOR_VERSION}-${size}`);
  const marker = join(base, 'ready.json');
  const plain = join(base, 'plain');
  const repo = join(base, 'git');
  if (existsSync(marker)) return { plain, git: repo, ...JSON.parse(readFileSync(marker, 'utf8')), cached: true };
  rmSync(base, { recursive: true, force: true });
  mkdirSync(base, { recursive: true });
  const t0 = performance.now();
  const { files, bytes } = writeTree(plain, size);
  writeTree(repo, size);
  const t1 = performance.now();
  git(repo, ['init', '-q']);
  git(repo, ['add', '-A']);
  const t2 = performance.now();
  git(repo, ['commit', '-q', '--no-verify', '-m', 'bench tree']);
  const t3 = performance.now();
  const info = { files, bytes, writeMs: Math.round(t1 - t0), gitAddMs: Math.round(t2 - t1), gitCommitMs: Math.round(t3 - t2) };
  writeFileSync(marker, `${JSON.stringify(info)}\n`);
  return { plain, git: repo, ...info, cached: false };
}

// ---------------------------------------------------------------------------------------------
// Measuring

// `node bench/run.js | head` should end quietly.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

let active = null;
process.on('SIGINT', () => {
  if (active) killGroup(active);
  process.exit(130);
});

/** The child runs in a process group of its own, so a timeout also ends anything it started. */
function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

/** Spawns a command, discards its output (keeping a head for sanity checks), kills it at the timeout. */
function timeCommand(command, args, { timeoutMs = 0, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    active = child;
    let stdout = '';
    let stderr = '';
    let lines = 0;
    let timedOut = false;
    let exited = null;
    child.stdout.on('data', (chunk) => {
      if (stdout.length < 64 * 1024) stdout += chunk;
      for (const byte of chunk) if (byte === 10) lines += 1;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 16 * 1024) stderr += chunk;
    });
    const finish = (code) => {
      if (timer) clearTimeout(timer);
      active = null;
      resolve({ ms: Number((exited ?? process.hrtime.bigint()) - started) / 1e6, code, timedOut, stdout, stderr, lines });
    };
    const timer = timeoutMs > 0 ? setTimeout(() => {
      timedOut = true;
      killGroup(child);
    }, timeoutMs) : null;
    child.on('error', (err) => {
      if (timer) clearTimeout(timer);
      active = null;
      reject(err);
    });
    child.on('exit', (code) => {
      exited = process.hrtime.bigint();
      if (timedOut) {
        // Do not wait for pipes a killed process may have handed on.
        child.stdout.destroy();
        child.stderr.destroy();
        finish(code);
      }
    });
    child.on('close', (code) => {
      if (!timedOut) finish(code);
    });
  });
}

async function runOurs(target) {
  const result = await timeCommand(process.execPath, [CHILD, target]);
  if (result.code !== 0) throw new Error(`bench/child.js ${target} exited with ${result.code}:\n${result.stderr}`);
  const last = result.stdout.trim().split('\n').pop() ?? '';
  return { ...JSON.parse(last), wallMs: result.ms };
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

// ---------------------------------------------------------------------------------------------
// Output

/** Timings are only comparable on an otherwise idle machine: say when it was not. */
function loadLine() {
  const [one] = loadavg();
  const busy = one > cpus().length * 0.75;
  return `load average ${fmt(one, 2)} on ${cpus().length} CPU${busy ? ' — the machine is busy: timings are inflated and noisy' : ''}`;
}

const fmt = (n, digits = 0) => (n === null || n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function table(headers, rows, rightAligned) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => (rightAligned.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (rightAligned.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (!existsSync(DIST_RUN)) {
    console.error(`${DIST_RUN} is missing: run \`npm run build\` first (npm run bench does it for you).`);
    process.exit(1);
  }
  if (options.clean) {
    rmSync(CACHE_ROOT, { recursive: true, force: true });
    console.log(`removed ${CACHE_ROOT}`);
  }
  const benchStart = performance.now();
  const gitVersion = execFileSync('git', ['--version'], { encoding: 'utf8' }).trim();
  console.log(`dpg-check bench — node ${process.version}, ${gitVersion}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM`);
  console.log(`trees cached under ${CACHE_ROOT}`);
  console.log(`${loadLine()}\n`);

  const trees = [];
  for (const size of options.sizes) {
    const tree = ensureTrees(size);
    trees.push({ size, ...tree });
    const how = tree.cached
      ? 'cached'
      : `generated: write ${fmt(tree.writeMs)} ms (both copies), git add ${fmt(tree.gitAddMs)} ms, git commit ${fmt(tree.gitCommitMs)} ms`;
    console.log(`${fmt(size)} files, ${fmt(tree.bytes / 2 ** 20, 1)} MiB per copy — ${how}`);
  }
  console.log('');

  const rows = [];
  const ours = new Map();
  for (const tree of trees) {
    for (const kind of ['plain', 'git']) {
      const target = tree[kind];
      const runs = runsFor(tree.size, options.runs);
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await runOurs(target));
      const first = samples[0];
      const problems = [];
      if (samples.some((s) => s.license !== 'MIT')) problems.push(`license ${samples.map((s) => s.license).join('/')}`);
      if ((kind === 'git') !== (first.commit !== null)) problems.push(kind === 'git' ? 'git listing not used (no commit in report)' : 'unexpected commit');
      const ms = median(samples.map((s) => s.ms));
      const wallMs = median(samples.map((s) => s.wallMs));
      const peak = Math.max(...samples.map((s) => s.maxRssMB));
      ours.set(`${tree.size}/${kind}`, { ms, wallMs });
      rows.push([fmt(tree.size), kind, runs, fmt(ms), fmt(wallMs), fmt(peak, 1), fmt(tree.size / (ms / 1000)), problems.join('; ') || `${first.verdict}, ${first.license}`]);
    }
  }
  console.log('dpg-check (fresh process per run; median of runs)');
  console.log(table(['files', 'kind', 'runs', 'median ms', 'process ms', 'peak RSS MB', 'files/s', 'result'], rows, [0, 2, 3, 4, 5, 6]));
  console.log('median ms = run() alone; process ms = whole child process (node start, import of dist/, run, exit).\n');

  if (!options.peers) {
    console.log('peers skipped (--no-peers)');
  } else {
    await runPeers(trees, options, ours);
  }
  console.log(`\n${loadLine()}`);
  console.log(`bench finished in ${fmt((performance.now() - benchStart) / 1000, 1)} s`);
}

async function runPeers(trees, options, ours) {
  const licensee = onPath('licensee');
  const licensecheck = onPath('licensecheck');
  if (!licensee || !licensecheck) {
    const missing = [!licensee && 'licensee', !licensecheck && 'licensecheck'].filter(Boolean).join(' and ');
    console.log(`peers: ${missing} not installed — to time them side by side: sudo apt-get install ruby-licensee licensecheck reuse`);
  }
  if (!licensee && !licensecheck) return;

  const rows = [];
  const ratios = [];
  for (const tree of trees) {
    for (const kind of ['plain', 'git']) {
      const target = tree[kind];
      const mine = ours.get(`${tree.size}/${kind}`);
      if (licensee) {
        // licensee reads only the root (or HEAD's root tree in a git repository): a handful of files.
        const runs = Math.min(3, runsFor(tree.size, options.runs));
        const samples = [];
        for (let i = 0; i < runs; i++) samples.push(await timeCommand(licensee, ['detect', target], { timeoutMs: 120_000 }));
        const ms = median(samples.map((s) => s.ms));
        const found = /^License:\s*(.+)$/m.exec(samples[0].stdout)?.[1]?.trim() ?? (samples[0].code === 0 ? '?' : `exit ${samples[0].code}`);
        rows.push([fmt(tree.size), kind, 'licensee detect', runs, fmt(ms), found]);
        ratios.push(`licensee detect, ${fmt(tree.size)} ${kind}: ${ratio(ms, mine.wallMs)}`);
      }
      if (licensecheck && kind === 'plain') {
        // licensecheck reads every file; one run, capped. The git copy holds the same files (plus .git/).
        const timeoutMs = options.licensecheckTimeoutS * 1000;
        const r = await timeCommand(licensecheck, ['-r', target], { timeoutMs });
        const result = r.timedOut ? `timeout (> ${options.licensecheckTimeoutS} s)` : r.code === 0 ? `${fmt(r.lines)} lines` : `exit ${r.code}`;
        rows.push([fmt(tree.size), kind, 'licensecheck -r', 1, r.timedOut ? 'timeout' : fmt(r.ms), result]);
        ratios.push(`licensecheck -r, ${fmt(tree.size)} ${kind}: ${r.timedOut ? `> ${fmt(timeoutMs / mine.wallMs, 1)} (timed out after ${fmt(timeoutMs)} ms vs ${fmt(mine.wallMs)} ms: dpg-check more than ${fmt(timeoutMs / mine.wallMs, 1)}× faster)` : ratio(r.ms, mine.wallMs)}`);
      }
    }
  }
  console.log('\npeers (wall time of the whole process)');
  console.log(table(['files', 'kind', 'tool', 'runs', 'median ms', 'result'], rows, [0, 3, 4]));
  console.log('\nratios: peer process time / dpg-check process time (above 1 = dpg-check faster)');
  for (const line of ratios) console.log(`  ${line}`);
}

function ratio(peerMs, oursMs) {
  const r = peerMs / oursMs;
  return `${fmt(r, 2)} (${fmt(peerMs)} ms vs ${fmt(oursMs)} ms: dpg-check ${r >= 1 ? `${fmt(r, 1)}× faster` : `${fmt(1 / r, 1)}× slower`})`;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
