// Lists the held-out repositories of the reviewer-agreement bench (bench/reviewers.js --set heldout) and
// writes, beside each checkout, the DPGA's application and decision for it.
// Usage: node bench/heldout.js [--pgc DIR] [--write DIR] [--round 1|2 [--not-in DIR]] [--skip OWNER/NAME]...
//   prints OWNER/NAME<TAB>record file<TAB>stage or exclusion, one per line, chosen by HELDOUT_RULE;
//   --write DIR also writes DIR/OWNER__NAME.application.json (the nominee record merged with its screening
//   answers) and DIR/OWNER__NAME.expected.json; the checkouts themselves go to DIR/OWNER__NAME/.
//   --round 2 picks a second, disjoint set; --not-in DIR names round 1's root, whose picks it passes over.
//   --skip names a pick that could not be fetched: the rule then picks a replacement.
import { readdirSync, readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireValue } from './common.js';
import { HELDOUT_RULE, heldoutSelection } from './reviewer-records.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus');

function main() {
  const argv = process.argv.slice(2);
  let pgc = join(ROOT, '..', 'cache', 'pgc');
  let write;
  const skipped = [];
  let round = 1;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--pgc') pgc = requireValue(argv, ++i, '--pgc');
    else if (argv[i] === '--write') write = requireValue(argv, ++i, '--write');
    else if (argv[i] === '--skip') skipped.push(requireValue(argv, ++i, '--skip'));
    else if (argv[i] === '--round') round = Number(requireValue(argv, ++i, '--round'));
    else if (argv[i] === '--not-in') skipped.push(...picksIn(requireValue(argv, ++i, '--not-in')));
    else
      throw new Error(
        `unknown option ${argv[i]} (usage: node bench/heldout.js [--pgc DIR] [--write DIR] [--round 1|2 [--not-in DIR]] [--skip OWNER/NAME]...)`,
      );
  }
  if (round !== 1 && round !== 2) throw new Error('--round takes 1 or 2');
  const corpusRepos = existsSync(CORPUS)
    ? readdirSync(CORPUS)
        .filter((d) => d.includes('__'))
        .map((d) => JSON.parse(readFileSync(join(CORPUS, d, 'expected.json'), 'utf8')).repo)
    : [];
  console.error(HELDOUT_RULE);
  for (const pick of heldoutSelection(pgc, corpusRepos, skipped, round)) {
    const decision = pick.excludedReason ? 'excluded: developer tool' : pick.record.stage;
    console.log(`${pick.repo}\t${pick.id}\t${decision}`);
    if (!write) continue;
    mkdirSync(write, { recursive: true });
    const base = join(write, pick.repo.replace('/', '__'));
    const expected = {
      repo: pick.repo,
      record: pick.id,
      stage: pick.record.stage ?? null,
      folder: pick.folder,
      excludedReason: pick.excludedReason,
    };
    writeFileSync(`${base}.application.json`, `${JSON.stringify(pick.record, null, 2)}\n`);
    writeFileSync(`${base}.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
  }
}

/** The OWNER/NAMEs of an earlier round's root (from its *.expected.json files). */
function picksIn(root) {
  return readdirSync(root)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => JSON.parse(readFileSync(join(root, f), 'utf8')).repo);
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
