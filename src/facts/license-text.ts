/** First license matcher: identifies a license text from the phrases in data/license-fingerprints.json. */
import data from '../data/license-fingerprints.json' with { type: 'json' };
import { collapseWhitespace, firstLineMatching } from '../lib/text.js';

interface Fingerprint {
  readonly spdx: string;
  readonly all: readonly RegExp[];
  readonly any: readonly RegExp[];
  readonly none: readonly RegExp[];
}

const toRegex = (source: string) => new RegExp(source.replace(/ /g, '\\s+'), 'i');

const FINGERPRINTS: readonly Fingerprint[] = data.fingerprints.map((f) => ({
  spdx: f.spdx,
  all: f.all.map(toRegex),
  any: ('any' in f ? (f.any as string[]) : []).map(toRegex),
  none: ('none' in f ? (f.none as string[]) : []).map(toRegex),
}));

const SPDX_TAG = /SPDX-License-Identifier:\s*([^\s*#/][^\n*]*?)\s*(?:\*\/|-->|$)/im;

export interface TextMatch {
  readonly spdx: string;
  readonly confidence: number;
  readonly method: 'text' | 'header';
  readonly line: number;
}

function fits(f: Fingerprint, flat: string): boolean {
  return f.all.every((re) => re.test(flat)) && (f.any.length === 0 || f.any.some((re) => re.test(flat)))
    && !f.none.some((re) => re.test(flat));
}

/**
 * License texts name each other (GPL-3.0 section 13 names the Affero GPL, MPL-2.0 lists the GPLs
 * as secondary licenses), so the license whose title comes first in the text is the one it is.
 */
function earliestTitle(candidates: readonly Fingerprint[], flat: string): Fingerprint | undefined {
  let best: { f: Fingerprint; at: number } | undefined;
  for (const f of candidates) {
    const at = f.all[0] ? flat.search(f.all[0]) : 0;
    if (!best || at < best.at) best = { f, at };
  }
  return best?.f;
}

/** The license a text declares, or undefined when no phrase table entry fits. */
export function identifyLicenseText(text: string): TextMatch | undefined {
  const tagged = SPDX_TAG.exec(text);
  if (tagged?.[1]) {
    const line = text.slice(0, tagged.index).split('\n').length;
    return { spdx: tagged[1].trim(), confidence: 0.95, method: 'header', line };
  }
  const flat = collapseWhitespace(text);
  const hit = earliestTitle(FINGERPRINTS.filter((f) => fits(f, flat)), flat);
  if (!hit) return undefined;
  const first = hit.all[0];
  const line = first ? firstLineMatching(text, first)?.line ?? 1 : 1;
  return { spdx: hit.spdx, confidence: 0.9, method: 'text', line };
}
