/** setup.cfg ([metadata] license / classifiers) and setup.py (license= and classifiers in the setup() call). */
import { lineAtOffset } from '../../lib/line-numbers.js';
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';
import { classifierRecord } from './trove.js';

interface IniEntry {
  section: string;
  key: string;
  value: string;
  line: number;
}

const SECTION = /^\[([^\]\n]+)\]\s*$/;
const INI_PAIR = /^([A-Za-z0-9_.-][^=:\n]*?)\s*[=:]\s?(.*)$/;
const MAX_LINES = 20_000;

/** configparser's shape: sections, key = value, indented continuation lines. */
function readIni(text: string): { entries: IniEntry[]; badLine?: { line: number; text: string } } {
  const entries: IniEntry[] = [];
  let section = '';
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const last = entries[entries.length - 1];
    if (/^\s*(?:[#;].*)?$/.test(line)) continue;
    if (/^\s/.test(line) && last) {
      last.value += `\n${line.trim()}`;
      continue;
    }
    const header = SECTION.exec(line);
    if (header?.[1]) {
      section = header[1].trim();
      continue;
    }
    const pair = INI_PAIR.exec(line);
    if (!pair?.[1]) return { entries, badLine: { line: i + 1, text: line } };
    entries.push({ section, key: pair[1].trim().toLowerCase().replace(/-/g, '_'), value: pair[2] ?? '', line: i + 1 });
  }
  return { entries };
}

export function readSetupCfg(text: string, path: string): DeclaredLicense[] {
  const ini = readIni(text);
  if (ini.badLine)
    return [
      unparseable(
        { path, method: 'manifest', source: `${path} is not an INI file` },
        ini.badLine.text,
        ini.badLine.line,
      ),
    ];
  return ini.entries
    .filter((e) => e.section === 'metadata')
    .flatMap((e) => {
      const at = { path, line: e.line, method: 'manifest' as const };
      if (e.key === 'classifiers') {
        return e.value
          .split('\n')
          .flatMap((c, n) => classifierRecord(c, { ...at, line: e.line + n, source: 'setup.cfg classifiers' }) ?? []);
      }
      if (e.key !== 'license' && e.key !== 'license_expression') return [];
      return [record(e.value, { ...at, source: `setup.cfg [metadata] ${e.key}` }) ?? []].flat();
    });
}

const SETUP_LICENSE = /\blicen[cs]e(?:_expression)?\s*=\s*(?:[rRuU]?)(["'])([^"'\n]{1,300})\1/g;
const SETUP_LICENSE_NAME = /\blicen[cs]e(?:_expression)?\s*=\s*([A-Za-z_][A-Za-z0-9_]{0,60})\s*[,)\n]/g;
const MODULE_CONSTANT = /^([A-Za-z_][A-Za-z0-9_]{0,60})\s*=\s*(?:[rRuU]?)(["'])([^"'\n]{1,300})\2\s*(?:#.*)?$/gm;
const SETUP_CLASSIFIER = /["'](License\s*::[^"'\n]{1,300})["']/g;

/** Module-level string constants (`LICENSE = 'GPLv3+'` at column 0) assigned before `offset`, last assignment first. */
function constantBefore(text: string, name: string, offset: number): { value: string; index: number } | undefined {
  let found: { value: string; index: number } | undefined;
  for (const m of text.slice(0, offset).matchAll(MODULE_CONSTANT)) {
    if (m[1] === name && m[3] !== undefined) found = { value: m[3], index: m.index };
  }
  return found;
}

/**
 * setup.py is code: literal strings are read, and `license=NAME` when NAME is a module-level string
 * constant assigned above it; `license=about['license']` is not.
 */
export function readSetupPy(text: string, path: string): DeclaredLicense[] {
  const at = { path, method: 'manifest' as const };
  const out: DeclaredLicense[] = [];
  for (const m of text.matchAll(SETUP_LICENSE)) {
    const found =
      m[2] === undefined
        ? undefined
        : record(m[2], { ...at, line: lineAtOffset(text, m.index), source: 'setup.py license' });
    if (found) out.push(found);
  }
  for (const m of text.matchAll(SETUP_LICENSE_NAME)) {
    const constant = m[1] === undefined ? undefined : constantBefore(text, m[1], m.index);
    const found =
      constant === undefined
        ? undefined
        : record(constant.value, {
            ...at,
            line: lineAtOffset(text, constant.index),
            source: `setup.py license (${m[1]})`,
          });
    if (found) out.push(found);
  }
  for (const m of text.matchAll(SETUP_CLASSIFIER)) {
    const found =
      m[1] === undefined
        ? undefined
        : classifierRecord(m[1], { ...at, line: lineAtOffset(text, m.index), source: 'setup.py classifiers' });
    if (found) out.push(found);
  }
  return out;
}
