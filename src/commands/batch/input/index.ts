/**
 * Reads the batch input, whatever its shape: a folder of nominee JSON files, a registry or nominee
 * JSON file, a CSV (by extension, or when --column is given) or a plain list. A file that cannot be
 * read at all is exit 2 naming the file (and line); single bad targets become error rows instead.
 */
import { readdir, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { InputError } from '../../../errors.js';
import { lineAtOffset } from '../../../lib/line-numbers.js';
import type { ParseContext } from '../targets.js';
import { parseCsvList } from './csv.js';
import { jsonErrorLine } from './json-error.js';
import { MAX_INPUT_BYTES, readInputFile } from './read-file.js';
import { isNominee, isRegistry, nomineeEntries, registryEntries, type RegistryEntries } from './registry.js';
import { parseTextList } from './text-list.js';
import type { BatchInput } from './types.js';

export type { BatchInput, Declared, InputEntry, InputKind } from './types.js';

export interface InputOptions {
  readonly cwd: string;
  readonly column?: string;
  /** --api-url: its host counts as GitHub in addresses. */
  readonly apiUrl?: string;
  /** For the input `-`: all of standard input. */
  readonly readStdin?: () => Promise<string>;
}

/** `-` names standard input, as in most CLIs: `gh repo list ORG --json url -q '.[].url' | dpg-check batch -`. */
export const STDIN_INPUT = '-';

export async function loadBatchInput(path: string, options: InputOptions): Promise<BatchInput> {
  if (path.trim() === '')
    throw new InputError('the batch input path is empty', 'pass a list file, a CSV file or registry.json');
  if (path === STDIN_INPUT && options.readStdin) return stdinInput(await options.readStdin(), options);
  const absolute = resolve(options.cwd, path);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) return nomineeFolder(absolute, path, options.apiUrl);
  const text = await readInputFile(absolute, path);
  // Relative paths in a list are read from the list's own folder, so a list works from any directory.
  const context: ParseContext = {
    baseDir: dirname(absolute),
    isDirectory,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  };
  if (options.column !== undefined || extname(path).toLowerCase() === '.csv')
    return parseCsvList(text, path, options.column, context);
  if (extname(path).toLowerCase() === '.json' || /^\s*[{[]/.test(text)) return jsonInput(text, path, options.apiUrl);
  return parseTextList(text, path, context);
}

/** Standard input is a list, a CSV (with --column) or JSON, told apart by content; relative folders are from cwd. */
function stdinInput(text: string, options: InputOptions): Promise<BatchInput> | BatchInput {
  const shownAs = 'standard input';
  checkStdinText(text, shownAs);
  const context: ParseContext = {
    baseDir: options.cwd,
    isDirectory,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  };
  if (options.column !== undefined) return parseCsvList(text, shownAs, options.column, context);
  if (/^\s*[{[]/.test(text)) return jsonInput(text, shownAs, options.apiUrl);
  return parseTextList(text, shownAs, context);
}

function checkStdinText(text: string, shownAs: string): void {
  if (text.length > MAX_INPUT_BYTES)
    throw new InputError(
      `${shownAs} holds more than ${MAX_INPUT_BYTES / 1024 / 1024} MiB`,
      'split the list, or use --shard',
    );
  const nul = text.indexOf('\0');
  if (nul >= 0)
    throw new InputError(
      `${shownAs}:${lineAtOffset(text, nul)}: binary content (a NUL byte)`,
      'pipe text: one target per line, CSV or JSON',
    );
}

function jsonInput(text: string, shownAs: string, apiUrl?: string): BatchInput {
  const json = parseJson(text, shownAs);
  const found: RegistryEntries = isRegistry(json)
    ? registryEntries(json, shownAs, apiUrl)
    : { entries: [], withoutRepository: [] };
  if (!isRegistry(json)) {
    if (!isNominee(json))
      throw new InputError(
        `${shownAs} is neither the DPG registry nor a nominee file`,
        'expected { "records": [...] } or { "name", "repositories", "license" }',
      );
    nomineeEntries(json, shownAs, found, apiUrl);
  }
  return registryInput(found);
}

async function nomineeFolder(folder: string, shownAs: string, apiUrl?: string): Promise<BatchInput> {
  const names = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  if (names.length === 0)
    throw new InputError(
      `${shownAs} holds no .json files`,
      'pass a folder of nominee files (publicgoods-candidates/nominees)',
    );
  const found: RegistryEntries = { entries: [], withoutRepository: [] };
  for (const name of names) {
    const shownFile = join(shownAs, name);
    const json = parseJson(await readInputFile(join(folder, name), shownFile), shownFile);
    if (!isNominee(json))
      throw new InputError(
        `${shownFile} is not a nominee file`,
        'every .json file in the folder must follow the DPGA nominee schema',
      );
    nomineeEntries(json, shownFile, found, apiUrl);
  }
  return registryInput(found);
}

function registryInput({ entries, withoutRepository }: RegistryEntries): BatchInput {
  const notes =
    withoutRepository.length === 0
      ? []
      : [`${withoutRepository.length} product(s) list no repository and were skipped`];
  return { kind: 'registry', entries, notes };
}

function parseJson(text: string, shownAs: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    const line = jsonErrorLine(text);
    const reason = (err as Error).message
      .split('\n')[0]
      ?.replace(/,\s*(?:\.\.\.)?".*$/, '')
      .replace(/ in JSON at position \d+.*$/, '');
    throw new InputError(
      `${shownAs}${line ? `:${line}` : ''}: not valid JSON (${reason})`,
      'fix the JSON, or pass a plain list with one target per line',
    );
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
