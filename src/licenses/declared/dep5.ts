/** `.reuse/dep5`: Debian machine-readable copyright format 1.0 — Files / License stanzas. */
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';

interface Field {
  name: string;
  value: string;
  line: number;
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
const MAX_LINES = 20_000;

/** Stanzas (paragraphs) as field lists; continuation lines extend the previous field. */
function stanzas(text: string): { stanzas: Field[][]; badLine?: { line: number; text: string } } {
  const out: Field[][] = [[]];
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const current = out[out.length - 1] ?? [];
    if (line.trim() === '') {
      if (current.length > 0) out.push([]);
      continue;
    }
    const last = current[current.length - 1];
    if (/^\s/.test(line) && last) {
      last.value += `\n${line.trim()}`;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field?.[1]) return { stanzas: out, badLine: { line: i + 1, text: line } };
    current.push({ name: field[1].toLowerCase(), value: field[2] ?? '', line: i + 1 });
  }
  return { stanzas: out };
}

export function readDep5(text: string, path: string): DeclaredLicense[] {
  const parsed = stanzas(text);
  const records = parsed.stanzas.flatMap((fields) => {
    const files = fields.find((f) => f.name === 'files');
    const license = fields.find((f) => f.name === 'license');
    // A License stanza without Files is the text of a license, not a declaration.
    if (!license || !files) return [];
    const short = license.value.split('\n', 1)[0] ?? '';
    const covers = files.value.split(/\s+/).filter(Boolean).join(' ');
    return [record(short, { path, line: license.line, method: 'reuse', source: '.reuse/dep5', covers }) ?? []].flat();
  });
  const bad = parsed.badLine;
  return bad
    ? [
        ...records,
        unparseable({ path, method: 'reuse', source: `${path} is not in Debian copyright format` }, bad.text, bad.line),
      ]
    : records;
}
