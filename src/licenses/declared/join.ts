/** Joins the licenses found in one short value into one expression: "MIT or Apache 2.0" -> "MIT OR Apache-2.0". */
import type { NameHit } from './names.js';

const OR = /\bor\b|[/|]/i;
const WORD = /[\p{L}\p{N}]+/gu;

/** The words left once the licenses are taken out must all be filler, or the value says more than we can read. */
function onlyFiller(gap: string, filler: ReadonlySet<string>): boolean {
  return (gap.match(WORD) ?? []).every((w) => filler.has(w.toLowerCase()));
}

export function joinHits(value: string, hits: readonly NameHit[], filler: ReadonlySet<string>): string | undefined {
  const parts: string[] = [];
  let previous: NameHit | undefined;
  for (const hit of hits) {
    const gap = value.slice(previous?.end ?? 0, hit.start);
    if (!onlyFiller(gap, filler)) return undefined;
    const spdx = hit.spdx ?? '';
    if (previous?.spdx !== spdx) {
      if (previous) parts.push(OR.test(gap) ? 'OR' : 'AND');
      parts.push(/\s/.test(spdx) ? `(${spdx})` : spdx);
    }
    previous = hit;
  }
  if (!onlyFiller(value.slice(previous?.end ?? 0), filler)) return undefined;
  return parts.length > 0 ? parts.join(' ') : undefined;
}
