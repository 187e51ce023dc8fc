/**
 * Reads a declared license value as an SPDX expression: valid expressions pass (GNU `+` ids become
 * -or-later), other values go through data/declared-license-repairs.json, the license-name table,
 * then (only for values naming no license we know) spdx-correct, whose answers are kept only when
 * they keep the versions and the and/or the value wrote.
 */
import { loadSpdxCorrect } from '../../lib/lazy.js';
import data from '../../data/declared-license-repairs.json' with { type: 'json' };
import { isValidExpression, upgradePlus } from '../ids.js';
import { joinHits } from './join.js';
import { scanNames, type NameHit } from './names.js';

export interface Repair {
  readonly expression: string | null;
  /** Set when `expression` is not the value as written. */
  readonly repairedFrom?: string;
  readonly problem?: 'invalid' | 'proprietary' | 'see-file';
  /** For 'see-file': the file the value points at. */
  readonly file?: string;
}

const EXACT = new Map<string, string | null>(Object.entries(data.exact));
const IGNORE = new Set(data.ignore);
const PROPRIETARY = new RegExp(data.proprietary, 'i');
const SEE_FILE = new RegExp(data.seeFile, 'i');
const R_AT_LEAST = /\s*\(\s*>=\s*(\d+(?:\.\d+)?)\s*\)/g;
const R_EXACTLY = /\s*\(\s*==\s*(\d+(?:\.\d+)?)\s*\)/g;
const R_FILE = /\s*\+\s*file\s+LICEN[CS]E\b/gi;
const MAX_VALUE = 300;
/** The parser accepts "mit or apache-2.0"; SPDX writes operators in capitals. */
const OPERATOR = /\s+(?:and|or|with)\s+/gi;

const invalid: Repair = { expression: null, problem: 'invalid' };

/** The repair of one declared value; undefined when the value declares nothing ("UNKNOWN", ""). */
export function repairExpression(written: string): Repair | undefined {
  const value = written
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'`]+|["'`]+$/g, '')
    .slice(0, MAX_VALUE);
  const key = value.toLowerCase();
  if (IGNORE.has(key)) return undefined;
  if (PROPRIETARY.test(value)) return { expression: null, problem: 'proprietary' };
  const file = SEE_FILE.exec(value)?.[1];
  if (file) return { expression: null, problem: 'see-file', file: file.trim() };
  if (isValidExpression(value))
    return repaired(upgradePlus(value.replace(OPERATOR, (op) => ` ${op.trim().toUpperCase()} `)), written);
  if (EXACT.has(key)) {
    const id = EXACT.get(key);
    return id ? repaired(id, written) : invalid;
  }
  const rForm = value.replace(R_FILE, '').replace(R_AT_LEAST, '-$1+').replace(R_EXACTLY, ' $1').trim();
  const hits = scanNames(rForm);
  // Names we know, with words we do not ("Apache 2.0 with Commons Clause"): not for spdx-correct to guess.
  const found = hits.length > 0 ? fromNames(rForm, hits) : fromSpdxCorrect(rForm);
  return found ? repaired(found, written) : invalid;
}

function repaired(expression: string, written: string): Repair {
  return expression === written.trim() ? { expression } : { expression, repairedFrom: written.trim() };
}

function fromNames(value: string, hits: readonly NameHit[]): string | undefined {
  if (hits.some((h) => h.spdx === null)) return undefined;
  const joined = joinHits(value, hits, FILLER);
  return joined !== undefined && isValidExpression(joined) ? joined : undefined;
}

const FILLER = new Set(data.filler);
const VERSION = /\d+(?:\.\d+)*/g;
const LATER = /\+|\blater\b|\bnewer\b/i;
const CONNECTIVE = /\b(?:or|and)\b|[/|&,]/i;

/** Versions as written, without trailing .0: "2.0" and "2" are the same version. */
const versionsOf = (text: string) => (text.match(VERSION) ?? []).map((v) => v.replace(/(?:\.0)+$/, ''));

/** spdx-correct guesses ("GPL" -> GPL-3.0-or-later, "EUPL 1.2" -> UPL-1.0): keep it only when it kept what was written. */
function fromSpdxCorrect(value: string): string | undefined {
  let out: string | null;
  try {
    out = loadSpdxCorrect()(value, { upgrade: false });
  } catch {
    return undefined;
  }
  if (!out) return undefined;
  const outVersions = versionsOf(out);
  if (!versionsOf(value).every((v) => outVersions.includes(v))) return undefined;
  if (versionsOf(value).length === 0 && outVersions.length > 0) return undefined;
  const withoutLater = value.replace(/\bor\s+later\b|\bany\s+later\b/gi, '');
  if (CONNECTIVE.test(withoutLater) && !/ (?:OR|AND) /.test(out)) return undefined;
  if (LATER.test(value) && !/\+|-or-later/.test(out)) {
    // "GPL-2+" came back as GPL-2.0: put the "or later" back, on a single id only.
    if (/\s/.test(out)) return undefined;
    out = `${out}+`;
  }
  return upgradePlus(out);
}
