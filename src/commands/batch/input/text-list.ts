/**
 * The plain list: one target per line (URL, OWNER/NAME or local path). `#` starts a comment at the
 * start of a line or after white space (so a URL's `#fragment` stays); blank lines are skipped.
 * A line that is not a target becomes an error row naming its line: one typo must not stop 500 checks.
 */
import { invalid, parseTarget, type ParseContext } from '../targets.js';
import type { BatchInput, InputEntry } from './types.js';

const COMMENT = /(?:^|\s)#.*$/;

export function parseTextList(text: string, shownAs: string, context: ParseContext): BatchInput {
  const entries: InputEntry[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '').replace(COMMENT, '').trim();
    if (line === '') return;
    entries.push({ target: parseLine(line, context), from: `${shownAs}:${index + 1}` });
  });
  return { kind: 'list', entries, notes: [] };
}

function parseLine(line: string, context: ParseContext) {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  if (/[\u0000-\u001f\u007f]/.test(line))
    return invalid(line, `${JSON.stringify(line)} holds control characters`, 'put one target per line, as plain text');
  if (/\s/.test(line))
    return invalid(line, `${line} holds more than one word`, 'put one target per line; quote nothing');
  return parseTarget(line, context);
}
