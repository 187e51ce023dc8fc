// Helpers of bench/reviewers.js and bench/heldout.js: the DPGA application records (a publicgoods-candidates
// nominee file merged with its screening answers), the DPGA's decision on each, and the held-out choice.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of a publicgoods-candidates checkout that hold nominee files, with the decision each implies. */
export const RECORD_FOLDERS = ['nominees', 'excluded-nominees', 'archive'];

/** A nominee file merged with digitalpublicgoods/<same file name> (the screening answers), as the corpus holds it. */
export function mergedRecord(pgcRoot, folder, file) {
  const nominee = JSON.parse(readFileSync(join(pgcRoot, folder, file), 'utf8'));
  const screeningPath = join(pgcRoot, 'digitalpublicgoods', file);
  const screening = existsSync(screeningPath) ? JSON.parse(readFileSync(screeningPath, 'utf8')) : {};
  // The screening file repeats `name`; the nominee file's fields come first, as in the corpus.
  return { ...nominee, ...Object.fromEntries(Object.entries(screening).filter(([k]) => !(k in nominee))) };
}

/**
 * excluded-nominees/README.md's table (Nominee | Exclusion Date | Reason) as a map from the lower-cased
 * nominee name to its reason; a row may name several nominees ("A, B & C").
 */
export function exclusionReasons(pgcRoot) {
  const reasons = new Map();
  const path = join(pgcRoot, 'excluded-nominees', 'README.md');
  if (!existsSync(path)) return reasons;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 3 || cells[0] === 'Nominee' || /^-+$/.test(cells[0])) continue;
    const reason = cells.slice(2).join(' | ');
    reasons.set(cells[0].toLowerCase(), reason);
    for (const name of cells[0].split(/,\s*|\s+&\s+/)) reasons.set(name.trim().toLowerCase(), reason);
  }
  return reasons;
}

/** The README names two nominees otherwise than their files do. */
const README_NAMES = { 'open nn': 'open neural networks' };
const squash = (name) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function reasonFor(reasons, name) {
  const lower = name.toLowerCase();
  const wanted = squash(README_NAMES[lower] ?? lower);
  for (const [key, reason] of reasons) if (squash(key) === wanted) return reason;
  return null;
}

/** Every record of a publicgoods-candidates checkout, sorted by folder then file name. */
export function listRecords(pgcRoot) {
  const records = [];
  const reasons = exclusionReasons(pgcRoot);
  for (const folder of RECORD_FOLDERS) {
    const dir = join(pgcRoot, folder);
    if (!existsSync(dir)) throw new Error(`${dir} not found: --pgc must name a publicgoods-candidates checkout`);
    for (const file of readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const record = mergedRecord(pgcRoot, folder, file);
      const excludedReason = folder === 'excluded-nominees' ? reasonFor(reasons, String(record.name)) : null;
      records.push({ id: `${folder}/${file}`, folder, file, record, excludedReason });
    }
  }
  return records;
}

/**
 * The excludedReason texts of publicgoods-candidates, mapped to the four reasons the agreement table
 * counts. Order matters: the first matching pattern wins.
 */
const REASONS = [
  ['developer tool', /primarily used to support developers|developer tool/i],
  ['license', /licen[cs]e|OSI-approved|No-Deriv/i],
  [
    'unmaintained',
    /no longer (?:under active development|(?:being |actively )?maintained|active)|inactive|not maintained/i,
  ],
];

export function reasonCategory(excludedReason) {
  if (!excludedReason) return null;
  for (const [name, pattern] of REASONS) if (pattern.test(excludedReason)) return name;
  return 'other';
}

// ---------------------------------------------------------------------------------------------------------
// The held-out set: products the rules were not tuned on, chosen by a fixed rule so anyone can redo it.

/** OWNER/NAME of a record's first repository when it is a GitHub repository, else null. */
export function githubRepoOf(record) {
  const urls = [
    ...(Array.isArray(record.repositories) ? record.repositories.map((r) => r?.url) : []),
    record.repositoryURL,
  ];
  const first = urls.find((u) => typeof u === 'string' && u.trim() !== '');
  const m = String(first ?? '')
    .trim()
    .match(/^https?:\/\/(?:www\.)?github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/i);
  return m ? `${m[1]}/${m[2]}` : null;
}

export const HELDOUT_RULE = [
  'DPG: the nominees/ records of stage "DPG" whose first repository is github.com/OWNER/NAME and not in the corpus,',
  '     sorted by file name; every k-th from the first, k = floor(count / 20), at most 20.',
  'Developer tools: the excluded-nominees/ records excluded as tools "primarily used to support developers" whose first',
  '     repository is on GitHub and not in the corpus, sorted by file name; every one except each third (index % 3 === 2).',
  'Round 2 (--round 2) is a second, disjoint set: DPGs at index % k === floor(k / 2), and the developer tools at',
  '     index % 3 === 2 (the third round 1 leaves out); repositories already picked in round 1 (--not-in DIR) are passed over.',
  'A pick that cannot be fetched (--skip) is replaced by the next record of its list, in sorted order, that is neither',
  '     picked nor skipped (wrapping round to the start for the developer tools).',
].join('\n');

/** Every k-th of `list`, each skipped pick replaced by the next free record after it (wrapping when `wrap`). */
function pickEvery(list, keep, skip, wrap) {
  const taken = new Set(list.map((r, i) => (keep(i) ? i : -1)).filter((i) => i >= 0));
  const picks = [];
  for (const i of [...taken]) {
    if (!skip(list[i])) {
      picks.push(i);
      continue;
    }
    for (let step = 1; step < list.length; step++) {
      const j = wrap ? (i + step) % list.length : i + step;
      if (j >= list.length) break;
      if (taken.has(j) || skip(list[j])) continue;
      taken.add(j);
      picks.push(j);
      break;
    }
  }
  return picks.sort((a, b) => a - b).map((i) => list[i]);
}

/** The held-out picks: [{ repo, file, folder, record, excludedReason }], by HELDOUT_RULE; `skipped` holds OWNER/NAMEs (and, in round 2, round 1's picks). */
export function heldoutSelection(pgcRoot, corpusRepos, skipped = [], round = 1) {
  const known = new Set([...corpusRepos].map((r) => r.toLowerCase()));
  const unavailable = new Set(skipped.map((r) => r.toLowerCase()));
  const fresh = (r) => githubRepoOf(r.record) !== null && !known.has(githubRepoOf(r.record).toLowerCase());
  const skip = (r) => unavailable.has(githubRepoOf(r.record).toLowerCase());
  const records = listRecords(pgcRoot);
  const dpg = records.filter((r) => r.folder === 'nominees' && r.record.stage === 'DPG' && fresh(r));
  const k = Math.max(1, Math.floor(dpg.length / 20));
  const tools = records.filter(
    (r) => r.folder === 'excluded-nominees' && reasonCategory(r.excludedReason) === 'developer tool' && fresh(r),
  );
  const picks = [
    ...pickEvery(dpg, (i) => i % k === (round === 1 ? 0 : Math.floor(k / 2)) && i / k < 20, skip, false),
    ...pickEvery(tools, (i) => (round === 1 ? i % 3 !== 2 : i % 3 === 2), skip, true),
  ];
  return picks.map((r) => ({ ...r, repo: githubRepoOf(r.record) }));
}
