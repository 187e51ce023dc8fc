/**
 * License text identification: which licenses a license file holds (full texts, notices, SPDX tags),
 * where each starts, how sure we are, and whether the text was altered. Pure and synchronous.
 */
import rules from '../../data/license-text-rules.json' with { type: 'json' };
import { exactWhole, fullTexts, type FullText } from './full-text.js';
import { INDEX_SOURCE } from './index-data.js';
import { normalise } from './normalise.js';
import { findNotices, findTags, type NoticeMatch, type VersionChoice } from './notices.js';
import { proseGrants } from './prose.js';

export type { VersionChoice } from './notices.js';

export interface LicenseTextMatch {
  spdx: string;
  confidence: number;
  line: number;
  kind: 'full-text' | 'notice' | 'tag';
  modified: boolean;
  versionChoice?: VersionChoice;
  runnerUp?: { spdx: string; confidence: number };
}

/** Changes whenever matching or the index changes, so cached answers can be told apart. */
export const LICENSE_TEXT_VERSION = `text-1/${INDEX_SOURCE}`;

const SAMPLE = 4096;
const MAX_CONTROL_SHARE = 0.05;
const GNU_TEXT = /^(?:A|L)?GPL-\d\.\d-only$|^GFDL-\d\.\d-only$/;
const INCORPORATES: Readonly<Record<string, readonly string[]>> = rules.incorporates;

/** Binary files (NULs, control characters, undecodable bytes) are not license texts. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE);
  let control = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0xfffd) control += 1;
  }
  return control > MAX_CONTROL_SHARE * sample.length;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const family = (id: string) => id.replace(/-(?:only|or-later)$|\+$/, '');

/**
 * Confidence is the mean of how well the license part matches and how well it matches with its
 * preamble or addendum counted in: the license is there, but not alone.
 */
function fromFullText(f: FullText): LicenseTextMatch {
  const confidence = round((f.identity + f.conformity) / 2);
  const versionChoice = GNU_TEXT.test(f.text.id) ? { versionChoice: 'unspecified' as const } : {};
  const scale = f.identity > 0 ? confidence / f.identity : 0;
  const runnerUp = f.runnerUp
    ? { runnerUp: { spdx: f.runnerUp.text.id, confidence: round(f.runnerUp.identity * scale) } }
    : {};
  return {
    spdx: f.text.id,
    confidence,
    line: f.line,
    kind: 'full-text',
    modified: f.altered || f.hasExtras,
    ...versionChoice,
    ...runnerUp,
  };
}

function fromNotice(n: NoticeMatch): LicenseTextMatch {
  return {
    spdx: n.spdx,
    confidence: n.confidence,
    line: n.line,
    kind: n.kind,
    modified: false,
    ...(n.versionChoice ? { versionChoice: n.versionChoice } : {}),
  };
}

/**
 * A notice inside a full text is the license's own "how to apply" example and says nothing. One
 * outside it may settle the GNU version choice the full text leaves open ("or any later version"),
 * and next to the text it is how the license is meant to be applied, not an alteration of it.
 */
function applyNotices(full: readonly FullText[], notices: readonly NoticeMatch[]): LicenseTextMatch[] {
  const outside = notices.filter((n) => !full.some((f) => n.line >= f.line && n.line <= f.lastLine));
  const matches = full.map((f) => {
    const own = outside.filter((n) => family(n.spdx) === family(f.text.id));
    const settled =
      own.length > 0 && f.hasExtras && !f.altered ? { ...f, hasExtras: false, conformity: f.identity } : f;
    const match = fromFullText(settled);
    const choice = own.find((n) => n.versionChoice);
    return match.versionChoice === 'unspecified' && choice?.versionChoice
      ? { ...match, spdx: choice.spdx, versionChoice: choice.versionChoice }
      : match;
  });
  const rest = outside.filter((n) => !full.some((f) => family(f.text.id) === family(n.spdx)));
  return [...matches, ...rest.map(fromNotice)];
}

/** One match per license (the first); LGPL-3.0 as published carries the GPL-3.0 it builds on. */
function distinct(matches: readonly LicenseTextMatch[]): LicenseTextMatch[] {
  const sorted = [...matches].sort((a, b) => a.line - b.line);
  const implied = new Set(sorted.flatMap((m) => INCORPORATES[m.spdx] ?? []));
  const seen = new Set<string>();
  return sorted.filter((m) => {
    if (implied.has(m.spdx) || seen.has(m.spdx)) return false;
    seen.add(m.spdx);
    return true;
  });
}

export function identifyLicenseTexts(text: string): LicenseTextMatch[] {
  if (text.trim() === '' || looksBinary(text)) return [];
  const capped = text.slice(0, rules.maxChars).replace(/\r\n?/g, '\n');
  const normalised = normalise(capped);
  // Most license files are one license word for word: then there is nothing else to look for.
  const whole = exactWhole(normalised);
  if (whole) return [fromFullText(whole)];
  const full = fullTexts(normalised);
  const notices = [...findNotices(capped), ...findTags(capped)];
  const matches = distinct(applyNotices(full, notices));
  return matches.length > 0 ? matches : proseGrants(capped);
}
