/**
 * License notices (the short grants the licenses publish for file headers and READMEs) and
 * SPDX-License-Identifier tags inside a license file.
 */
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import rules from '../../data/license-text-rules.json' with { type: 'json' };
import { lineAtOffsetIn, lineStartOffsets } from '../../lib/line-numbers.js';

export type VersionChoice = 'only' | 'or-later' | 'unspecified';

export interface NoticeMatch {
  readonly spdx: string;
  readonly line: number;
  readonly kind: 'notice' | 'tag';
  readonly confidence: number;
  readonly versionChoice?: VersionChoice;
}

interface Notice {
  readonly kind: string;
  readonly spdx?: string;
  readonly regex: RegExp;
}

const NOTICES: readonly Notice[] = rules.notices.map((n) => ({
  kind: n.kind,
  spdx: 'spdx' in n ? n.spdx : undefined,
  regex: new RegExp(n.pattern, 'g'),
}));
const KNOWN = new Set<string>(spdxIds);
const NON_WORD = /[^\p{L}\p{N}]+/gu;
const TAG = /SPDX-License-Identifier:[ \t]*([A-Za-z0-9][A-Za-z0-9.+\-: ()]{0,200}?)[ \t]*(?:\*\/|-->|#|$)/gm;
const NOTICE_CONFIDENCE = 0.9;
const TAG_CONFIDENCE = 0.95;
const GNU_FAMILY: Readonly<Record<string, string>> = { 'affero ': 'AGPL', 'lesser ': 'LGPL', 'library ': 'LGPL' };
const CC_PORT: Readonly<Record<string, string>> = { 'united states': '-US', igo: '-IGO' };

/** GNU licenses: -or-later only when the notice says "or (at your option) any later version". */
function gnuId(
  g: Readonly<Record<string, string | undefined>>,
): { spdx: string; versionChoice: VersionChoice } | undefined {
  const family = GNU_FAMILY[g['family'] ?? ''] ?? 'GPL';
  const versionChoice = g['later'] ? 'or-later' : 'only';
  const spdx = `${family}-${g['major'] ?? ''}.${g['minor'] ?? '0'}-${versionChoice}`;
  return KNOWN.has(spdx) ? { spdx, versionChoice } : undefined;
}

/** "Attribution-NonCommercial-ShareAlike 3.0 IGO" and "CC BY-NC-SA 3.0 IGO" alike; ports that are no SPDX id fall back to the base. */
function ccId(g: Readonly<Record<string, string | undefined>>): string | undefined {
  const name = g['name'] ?? '';
  const nc = /\bnc\b|non ?commercial/.test(name) ? '-NC' : '';
  const variant = /\bsa\b|share ?alike/.test(name) ? '-SA' : /\bnd\b|no ?deriv/.test(name) ? '-ND' : '';
  const base = `CC-BY${nc}${variant}-${g['major'] ?? ''}.${g['minor'] ?? ''}`;
  const ported = `${base}${CC_PORT[g['port'] ?? ''] ?? ''}`;
  return KNOWN.has(ported) ? ported : KNOWN.has(base) ? base : undefined;
}

/** The text flattened to lower-case words, with the offset where each line starts. */
function flatten(text: string): { flat: string; starts: number[] } {
  const starts: number[] = [];
  let flat = '';
  for (const line of text.split('\n')) {
    starts.push(flat.length);
    const words = line.toLowerCase().replace(NON_WORD, ' ').trim();
    if (words) flat += `${words} `;
  }
  return { flat, starts };
}

export function findNotices(text: string): NoticeMatch[] {
  const { flat, starts } = flatten(text);
  return NOTICES.flatMap((notice) =>
    [...flat.matchAll(notice.regex)].flatMap((m) => {
      const line = lineAtOffsetIn(starts, m.index);
      const groups = m.groups ?? {};
      const found = notice.kind === 'gnu' ? gnuId(groups) : { spdx: notice.kind === 'cc' ? ccId(groups) : notice.spdx };
      return found?.spdx
        ? [{ ...found, spdx: found.spdx, line, kind: 'notice' as const, confidence: NOTICE_CONFIDENCE }]
        : [];
    }),
  );
}

const MAX_TAGS = 20;

export function findTags(text: string): NoticeMatch[] {
  const starts = lineStartOffsets(text);
  return [...text.matchAll(TAG)].slice(0, MAX_TAGS).flatMap((m) => {
    const spdx = (m[1] ?? '').trim();
    const versionChoice: VersionChoice | undefined = /-or-later$|\+$/.test(spdx)
      ? 'or-later'
      : /-only$/.test(spdx)
        ? 'only'
        : undefined;
    const choice = versionChoice ? { versionChoice } : {};
    return spdx
      ? [{ spdx, line: lineAtOffsetIn(starts, m.index), kind: 'tag' as const, confidence: TAG_CONFIDENCE, ...choice }]
      : [];
  });
}
