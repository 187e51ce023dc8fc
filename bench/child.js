// One full check in a fresh process: node bench/child.js <target>
// Prints one JSON line: { ms, importMs, maxRssMB, verdict, license, source, commit }.
// `ms` times run() alone; `importMs` is loading dist/ (module graph, data files, schemas).
const target = process.argv[2];
if (!target) {
  console.error('usage: node bench/child.js <folder>');
  process.exit(2);
}

const t0 = process.hrtime.bigint();
const { run } = await import(new URL('../dist/run.js', import.meta.url).href);
const t1 = process.hrtime.bigint();
const { report } = await run({ target });
const t2 = process.hrtime.bigint();

const toMs = (ns) => Number(ns) / 1e6;
console.log(
  JSON.stringify({
    ms: toMs(t2 - t1),
    importMs: toMs(t1 - t0),
    // resourceUsage().maxRSS is in kilobytes.
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    verdict: report.summary.verdict,
    license: report.licenses.expression,
    source: report.target.source,
    commit: report.target.commit,
  }),
);
