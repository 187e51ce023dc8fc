// Family-level scoring of license answers against the corpus truth, shared by bench/licenses.js and
// test/licenses/corpus-accuracy.test.ts (types in license-score.d.ts). Plain JS so the bench runs
// against dist/ without a TypeScript loader. The rules are documented in bench/README.md.
import { readFileSync } from 'node:fs';

/** The truth table: see its $comment. */
export const TRUTH_TABLE = JSON.parse(readFileSync(new URL('./license-truth.json', import.meta.url), 'utf8')).repos;

/** Answers that name no listed license: they count as "nothing found". */
const NO_LICENSE = /^(NOASSERTION|NONE|OTHER)$/i;
/** Deprecated ids whose current form is a different family name (the GPL-style ones just lose a suffix). */
const RENAMED = {
  'BSD-2-CLAUSE-NETBSD': 'BSD-2-CLAUSE',
  'BSD-2-CLAUSE-FREEBSD': 'BSD-2-CLAUSE-VIEWS',
  'STANDARDML-NJ': 'SMLNJ',
  NUNIT: 'ZLIB-ACKNOWLEDGEMENT',
  'BZIP2-1.0.5': 'BZIP2-1.0.6',
};

/** One SPDX id as its family: case ignored; -only, -or-later, + and deprecated -with-…-exception dropped. */
export function familyOf(id) {
  const upper = id
    .trim()
    .toUpperCase()
    .replace(/\+$/, '')
    .replace(/-(ONLY|OR-LATER)$/, '')
    .replace(/-WITH-[A-Z]+-EXCEPTION$/, '');
  return RENAMED[upper] ?? upper;
}

/**
 * The families an answer names: an SPDX expression, a list of ids or expressions, or null. Operators,
 * exceptions (after WITH), NOASSERTION/NONE/OTHER and LicenseRef-/DocumentRef- ids are left out: a
 * custom license is "no listed license" at family level.
 */
export function familiesOf(answer) {
  const out = new Set();
  const parts = answer === null || answer === undefined ? [] : typeof answer === 'string' ? [answer] : answer;
  for (const part of parts) {
    const tokens = part.split(/[\s()]+/).filter(Boolean);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (/^(AND|OR)$/i.test(token)) continue;
      if (/^WITH$/i.test(token)) {
        i++;
        continue;
      }
      if (NO_LICENSE.test(token) || /^(LicenseRef|DocumentRef)-/i.test(token)) continue;
      out.add(familyOf(token));
    }
  }
  return out;
}

/** licensee's project answer (null when it had none). */
export function licenseeAnswer(expected) {
  return expected.licensee?.project ?? null;
}

/**
 * The truth for one corpus repository: the table's entry, else licensee's answer where the adjudication
 * says licensee is right, else the registry's ids. A derived truth of several ids must be in the table
 * (which of them licenses the code is a judgement), and so must every 'neither'.
 */
export function truthFor(expected) {
  const entry = TRUTH_TABLE[expected.repo];
  if (entry) return { truth: [...entry.truth], code: [...entry.code], source: 'table', reason: entry.reason };
  const who = expected.adjudication?.whoIsRight ?? null;
  if (who === 'neither')
    throw new Error(`${expected.repo}: adjudication is 'neither' — add it to bench/license-truth.json`);
  const fromLicensee = who === 'licensee';
  const truth = fromLicensee ? [...familiesOf(licenseeAnswer(expected))] : [...(expected.declaredSpdx ?? [])];
  if (truth.length > 1)
    throw new Error(
      `${expected.repo}: several truth ids (${truth.join(', ')}) — say which licenses the code in bench/license-truth.json`,
    );
  return { truth, code: truth, source: fromLicensee ? 'licensee' : 'registry', reason: null };
}

/**
 * strict: the families found are exactly the truth's. lenient: they cover the code's families and stay
 * within the truth (so a repository whose code license has no SPDX id is right with nothing found).
 */
export function scoreAnswer(answer, truth) {
  const found = familiesOf(answer);
  const all = familiesOf(truth.truth);
  const code = familiesOf(truth.code);
  const within = [...found].every((f) => all.has(f));
  return {
    found: [...found].sort(),
    strict: within && found.size === all.size,
    lenient: within && [...code].every((f) => found.has(f)),
  };
}

/** Whole percent, rounded down (the test's floor is set from this). */
export const percent = (right, total) => (total === 0 ? 0 : Math.floor((100 * right) / total));
