/** Where each answer sits in its file, so findings about a claim can cite the claim's line. */
import type { Node } from 'yaml';
import { loadYaml } from '../lib/lazy.js';
import type { AnswerLocation } from '../model/declaration.js';
import type { ParsedAnswers } from './parse.js';

/** Deep enough for every field of the schema; a hostile file cannot make us recurse further. */
const MAX_DEPTH = 8;

/** Dotted field path ("SDGs[1].evidenceURL") -> file and line of its key (or list item). */
export function answerLocations(parsed: ParsedAnswers): Map<string, AnswerLocation> {
  const found = new Map<string, AnswerLocation>();
  const { isMap, isSeq, isScalar } = loadYaml();
  const walk = (node: unknown, prefix: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key) || !pair.key.range) continue;
        const field = prefix ? `${prefix}.${String(pair.key.value)}` : String(pair.key.value);
        found.set(field, { path: parsed.path, line: parsed.lineOf(pair.key.range[0]) });
        walk(pair.value, field, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const field = `${prefix}[${index}]`;
        const range = (item as Node | null)?.range;
        if (range) found.set(field, { path: parsed.path, line: parsed.lineOf(range[0]) });
        walk(item, field, depth + 1);
      });
    }
  };
  walk(parsed.doc.contents, '', 0);
  return found;
}
