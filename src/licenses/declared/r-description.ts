/**
 * R DESCRIPTION `License:` (Writing R Extensions 1.1.2): "GPL (>= 3)", "MIT + file LICENSE",
 * "GPL-2 | GPL-3". In R, "GPL-2" means version 2 only, so bare GNU versions become -only.
 */
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';

const FIELD = /^([A-Za-z][A-Za-z0-9._@/-]*)\s*:\s?(.*)$/;
const BARE_GNU = /\b((?:A|L)?GPL-\d\.\d)(?=$|[\s)])/g;
const MAX_LINES = 5_000;

export function readDescription(text: string, path: string): DeclaredLicense[] {
  const lines = text.split('\n', MAX_LINES);
  let license: { value: string; line: number } | undefined;
  let current: { value: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (/^\s/.test(line) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    const field = FIELD.exec(line);
    if (!field)
      return [unparseable({ path, method: 'manifest', source: `${path} is not a DESCRIPTION file` }, line, i + 1)];
    current = { value: field[2] ?? '', line: i + 1 };
    if (field[1] === 'License') license = current;
  }
  if (!license) return [];
  const found = record(license.value, { path, line: license.line, method: 'manifest', source: 'DESCRIPTION License' });
  if (!found?.expression || /\(\s*>=/.test(license.value)) return found ? [found] : [];
  const only = found.expression.replace(BARE_GNU, '$1-only');
  return [only === found.expression ? found : { ...found, expression: only, repairedFrom: found.raw }];
}
