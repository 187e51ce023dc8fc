/**
 * A license file may append the licenses of code it bundles ("This product bundles X, which is
 * available under a MIT license"), as the Apache-2.0 convention asks. Those texts are evidence,
 * not the project's own license: leave them out of the project expression.
 */
import type { TextEvidence } from './expression.js';

/** Words before a later license text that say it covers someone else's code. */
const BUNDLED =
  /\b(?:bundles?|bundled|third[- ]party|vendored|includes? (?:code|software|components?) from|portions? of (?:this|the) (?:software|product) (?:are|is) (?:from|under))\b/i;
const LOOK_BACK_LINES = 8;

export function splitBundled(
  texts: readonly TextEvidence[],
  textOf: (path: string) => string | undefined,
): { own: TextEvidence[]; bundled: TextEvidence[] } {
  const own: TextEvidence[] = [];
  const bundled: TextEvidence[] = [];
  for (const t of texts) {
    const isFirstInFile = texts.find((o) => o.path === t.path) === t;
    (isFirstInFile || !introducedAsBundled(textOf(t.path), t.match.line) ? own : bundled).push(t);
  }
  return { own, bundled };
}

function introducedAsBundled(text: string | undefined, line: number): boolean {
  if (text === undefined) return false;
  const lines = text.split('\n', line);
  return BUNDLED.test(lines.slice(Math.max(0, line - 1 - LOOK_BACK_LINES), line - 1).join('\n'));
}
