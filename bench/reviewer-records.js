// Helpers of bench/reviewers.js: the DPGA application records (a publicgoods-candidates nominee file merged
// with its screening answers), the DPGA's decision on each, and the copy-mode stop-gap that turns a record
// into a dpg.json our loader accepts today.
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
// STOP-GAP (copy mode): remove once `dpg-check --answers FILE` accepts DPGA records as the DPGA holds them.
// Our declaration schema refuses the nominee-schema keys it does not know (aliases, sectors, repositories,
// stage) and the legacy shapes; to judge the rest of an application today, copy mode strips every key the
// schema does not know and normalises the legacy shapes crudely. What it changed is returned, so the bench
// can say so.

/** The keys schemas/declaration.schema.json allows, as a tree: { key: subtree | true }. */
export function schemaKeys(schema) {
  const walk = (node) => {
    const props = node?.properties;
    if (!props) return true;
    return Object.fromEntries(
      Object.entries(props).map(([k, v]) => [
        k,
        walk(v.type === 'array' || (Array.isArray(v.type) && v.type.includes('array')) ? (v.items ?? {}) : v),
      ]),
    );
  };
  return walk(schema);
}

function strip(value, keys, at, dropped) {
  if (keys === true || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v, i) => strip(v, keys, `${at}[${i}]`, dropped));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (!(k in keys)) dropped.push(at ? `${at}.${k}` : k);
    else out[k] = strip(v, keys[k], at ? `${at}.${k}` : k, dropped);
  }
  return out;
}

/** The enum values the schema allows at a path like `organizations.org_type`, or undefined. */
function enumAt(schema, path) {
  let node = schema;
  for (const part of path.split('.')) {
    node = node?.properties?.[part];
    if (node && (node.type === 'array' || (Array.isArray(node.type) && node.type.includes('array')))) node = node.items;
  }
  return node?.enum;
}

/** A record as a dpg.json our schema accepts, and the list of what was changed to get there. */
export function answersFromRecord(record, schema) {
  const changes = [];
  const copy = JSON.parse(JSON.stringify(record));
  if (typeof copy.repositoryURL === 'string') {
    copy.repositories = [{ name: 'main', url: copy.repositoryURL }];
    delete copy.repositoryURL;
    changes.push('repositoryURL → repositories');
  }
  if (Array.isArray(copy.SDGs) && copy.SDGs.some(Array.isArray)) {
    copy.SDGs = copy.SDGs.map((s) => (Array.isArray(s) ? { SDGNumber: Number(s[0]) } : s));
    changes.push('SDGs [[n, title]] → [{SDGNumber}]');
  }
  // Blank strings in arrays ([""]) are how the DPGA form leaves a list unanswered.
  const orgTypes = enumAt(schema, 'organizations.org_type') ?? [];
  for (const org of Array.isArray(copy.organizations) ? copy.organizations : []) {
    if (org && typeof org === 'object' && org.org_type !== undefined && !orgTypes.includes(org.org_type)) {
      changes.push(`organizations.org_type "${org.org_type}" dropped`);
      delete org.org_type;
    }
  }
  const dropped = [];
  const answers = strip(copy, schemaKeys(schema), '', dropped);
  if (dropped.length > 0)
    changes.push(`unknown keys stripped: ${[...new Set(dropped.map((d) => d.replace(/\[\d+\]/g, '[]')))].join(', ')}`);
  return { answers, changes };
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

/** The held-out picks: [{ repo, file, folder, record, excludedReason }], by HELDOUT_RULE; `skipped` holds OWNER/NAMEs. */
export function heldoutSelection(pgcRoot, corpusRepos, skipped = []) {
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
    ...pickEvery(dpg, (i) => i % k === 0 && i / k < 20, skip, false),
    ...pickEvery(tools, (i) => i % 3 !== 2, skip, true),
  ];
  return picks.map((r) => ({ ...r, repo: githubRepoOf(r.record) }));
}
