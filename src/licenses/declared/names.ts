/**
 * Finds license names, abbreviations, license URLs and SPDX ids in free text (README sections, badge
 * messages, manifest values) using data/declared-license-names.json. Callers cap the text they pass.
 */
import data from '../../data/declared-license-names.json' with { type: 'json' };
import { canonicalId, unversioned } from '../ids.js';
import { gnuNoticeVersion, gnuSuffix, isGnu } from './gnu.js';

export interface NameHit {
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly text: string;
  /** null: a real license name without the variant that would make it one id ("BSD", "the GPL"). */
  readonly spdx: string | null;
  readonly family: string;
}

interface RawEntry {
  re: string;
  flags?: string;
  spdx: string | null;
  family?: string;
  gnu?: boolean;
}
interface Entry {
  readonly re: RegExp;
  readonly spdx: string | null;
  readonly family?: string;
  readonly gnu: boolean;
}

const compile = (e: RawEntry): Entry => ({
  re: new RegExp(e.re, `${e.flags ?? 'i'}g`),
  spdx: e.spdx,
  family: e.family,
  gnu: e.gnu === true,
});
const rawEntries: readonly RawEntry[] = [...data.names, ...data.urls];
const ENTRIES: readonly Entry[] = rawEntries.map(compile);

/** Tokens that may be SPDX ids as written (Apache-2.0, CC0-1.0, GPL-3.0+): they hold a digit or a dash. */
const TOKEN = /[A-Za-z0-9][A-Za-z0-9.+-]{0,60}/g;
const MAX_HITS_PER_ENTRY = 50;

function fill(template: string, groups: readonly (string | undefined)[]): string {
  return template.replace(/\{(\d)\}/g, (_, n: string) => (groups[Number(n)] ?? '').trim().replace(/[\s_]+/g, '-'));
}

function resolve(entry: Entry, m: RegExpExecArray, text: string): NameHit | undefined {
  let end = m.index + m[0].length;
  const base = { start: m.index, family: entry.family ?? '' };
  if (entry.spdx === null) return { ...base, end, text: m[0], spdx: null };
  let id = canonicalId(fill(entry.spdx, [...m]));
  if (!id && entry.gnu) {
    // "the GNU General Public License ... either version 3 of the License, or (at your option) any later version"
    const notice = gnuNoticeVersion(text, end);
    if (notice) {
      id = canonicalId(fill(entry.spdx, [m[0], notice.version]));
      if (id && notice.later) id = canonicalId(`${id}-or-later`) ?? id;
      return id ? { ...base, end, text: m[0], spdx: id } : undefined;
    }
  }
  if (!id) return entry.family ? { ...base, end, text: m[0], spdx: null } : undefined;
  if (entry.gnu) {
    const suffix = gnuSuffix(text, end, id);
    id = suffix.id;
    end = suffix.end;
  }
  return { ...base, end, text: text.slice(m.index, end), spdx: id };
}

function entryHits(entry: Entry, text: string): NameHit[] {
  const hits: NameHit[] = [];
  entry.re.lastIndex = 0;
  for (let m = entry.re.exec(text); m && hits.length < MAX_HITS_PER_ENTRY; m = entry.re.exec(text)) {
    if (m[0] === '') {
      entry.re.lastIndex++;
      continue;
    }
    const hit = resolve(entry, m, text);
    if (hit) hits.push(hit);
  }
  return hits;
}

function tokenHits(text: string): NameHit[] {
  const hits: NameHit[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const token = m[0].replace(/\.+$/, '');
    if (!/[-\d]/.test(token) || /^[\d.+-]+$/.test(token)) continue;
    const plus = token.endsWith('+');
    const id = canonicalId(plus ? token.slice(0, -1) : token);
    if (!id) continue;
    const spdx = !plus ? id : isGnu(id) ? gnuSuffix('+', 0, id).id : `${id}+`;
    hits.push({ start: m.index, end: m.index + token.length, text: token, spdx, family: unversioned(id) });
  }
  return hits;
}

/** Keeps the earliest, then longest, of overlapping hits: "GNU Lesser General Public License" over "General Public License". */
function nonOverlapping(hits: NameHit[]): NameHit[] {
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameHit[] = [];
  let reached = 0;
  for (const hit of hits) {
    if (hit.start < reached) continue;
    kept.push(hit);
    reached = hit.end;
  }
  return kept;
}

/** Every license named in `text`, in reading order. */
export function scanNames(text: string): NameHit[] {
  return nonOverlapping([...ENTRIES.flatMap((e) => entryHits(e, text)), ...tokenHits(text)]);
}
