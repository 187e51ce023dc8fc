/** The GNU family's version qualifiers: "GPLv3+", "GPL-3.0 or later", "-only", and the "any later version" notice. */
import { canonicalId } from '../ids.js';

// Bounded whitespace runs keep these linear on hostile input.
const LATER =
  /\+|-or-later\b|,?\s{0,3}\(?or\s{1,3}(?:\(at\s{1,3}your\s{1,3}option\)\s{1,3})?(?:any\s{1,3})?(?:later|newer|higher)(?:\s{1,3}version)?\)?/iy;
const ONLY = /-only\b|\s{1,3}only\b/iy;
const NOTICE =
  /\bversion\s{1,3}(\d(?:\.\d)?)\b(?:\s{1,3}of\s{1,3}the\s{1,3}Licen[cs]e)?(,?\s{0,3}or\s{1,3}\(at\s{1,3}your\s{1,3}option\)\s{1,3}any\s{1,3}later\s{1,3}version)?/i;
const NOTICE_WINDOW = 250;

/** `id` with -or-later / -only when the text right after `end` says so, and where the qualifier ends. */
export const isGnu = (id: string): boolean => /^(?:A|L)?GPL-|^GFDL-/.test(id);

export function gnuSuffix(text: string, end: number, id: string): { id: string; end: number } {
  if (/-(?:only|or-later)$/.test(id)) return { id, end };
  for (const [re, suffix] of [
    [LATER, '-or-later'],
    [ONLY, '-only'],
  ] as const) {
    re.lastIndex = end;
    const m = re.exec(text);
    const qualified = m ? canonicalId(`${id}${suffix}`) : undefined;
    if (m && qualified) return { id: qualified, end: end + m[0].length };
  }
  return { id, end };
}

/** The version a GNU notice names shortly after the license name, and whether it allows later versions. */
export function gnuNoticeVersion(text: string, from: number): { version: string; later: boolean } | undefined {
  const m = NOTICE.exec(text.slice(from, from + NOTICE_WINDOW));
  return m?.[1] ? { version: m[1], later: m[2] !== undefined } : undefined;
}
