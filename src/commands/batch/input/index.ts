/**
 * Reads the batch input, whatever its shape: a folder of nominee JSON files, a registry or nominee
 * JSON file, a CSV (by extension, or when --column is given) or a plain list. A file that cannot be
 * read at all is exit 2 naming the file (and line); single bad targets become error rows instead.
 */
import { readdir, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { NOMINEE_FOLDERS } from '../../../declarations/screening.js';
import { InputError } from '../../../errors.js';
import { lineAtOffset } from '../../../lib/line-numbers.js';
import type { ParseContext } from '../targets.js';
import { parseCsvList } from './csv.js';
import { jsonErrorLine } from './json-error.js';
import { MAX_INPUT_BYTES, readInputFile } from './read-file.js';
import { exclusionReasonOf, parseExclusionReasons, type ExclusionReasons } from './exclusions.js';
import {
  isNominee,
  isRegistry,
  nomineeEntries,
  registryEntries,
  type NomineeFile,
  type RegistryEntries,
} from './registry.js';
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

/** The folder of publicgoods-candidates whose records the DPGA excluded, with the reasons in its README. */
const EXCLUDED_FOLDER = 'excluded-nominees';
/** An excluded record whose name the README's table does not give: still excluded, and said so. */
const UNRECORDED_EXCLUSION = 'excluded (no reason found in excluded-nominees/README.md)';

/** `-` names standard input, as in most CLIs: `gh repo list ORG --json url -q '.[].url' | dpg-check batch -`. */
export const STDIN_INPUT = '-';

export async function loadBatchInput(path: string, options: InputOptions): Promise<BatchInput> {
  if (path.trim() === '')
    throw new InputError('the batch input path is empty', 'pass a list file, a CSV file or registry.json');
  if (path === STDIN_INPUT && options.readStdin) return stdinInput(await options.readStdin(), options);
  const absolute = resolve(options.cwd, path);
  const info = await stat(absolute).catch(() => undefined);
  if (info?.isDirectory()) return nomineeInput(absolute, path, options.apiUrl);
  const text = await readInputFile(absolute, path);
  // Relative paths in a list are read from the list's own folder, so a list works from any directory.
  const context: ParseContext = {
    baseDir: dirname(absolute),
    isDirectory,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
  };
  if (options.column !== undefined || extname(path).toLowerCase() === '.csv')
    return parseCsvList(text, path, options.column, context);
  if (extname(path).toLowerCase() === '.json' || /^\s*[{[]/.test(text))
    return jsonInput(text, { shownAs: path, path: absolute }, options.apiUrl);
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
  if (/^\s*[{[]/.test(text)) return jsonInput(text, { shownAs }, options.apiUrl);
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

function jsonInput(text: string, file: NomineeFile, apiUrl?: string): BatchInput {
  const { shownAs } = file;
  const json = parseJson(text, shownAs);
  if (isRegistry(json)) return registryInput(registryEntries(json, shownAs, apiUrl), 'registry');
  if (!isNominee(json))
    throw new InputError(
      `${shownAs} is neither the DPG registry nor a nominee file`,
      'expected { "records": [...] } or { "name", "repositories", "license" }',
    );
  const found: RegistryEntries = { entries: [], withoutRepository: [] };
  nomineeEntries(json, file, found, apiUrl);
  return registryInput(found, 'nominees');
}

/**
 * A folder of nominee files, or a publicgoods-candidates checkout (its nominees/, excluded-nominees/ and
 * archive/ folders). Each product's repositories are checked against its own record; the screening
 * answers beside it (digitalpublicgoods/, same file name) are read with it.
 */
async function nomineeInput(folder: string, shownAs: string, apiUrl?: string): Promise<BatchInput> {
  const checkout = NOMINEE_FOLDERS.filter((name) => isDirectory(join(folder, name)));
  const found: RegistryEntries = { entries: [], withoutRepository: [] };
  if (checkout.length === 0) await nomineeFolder(folder, shownAs, found, apiUrl);
  else for (const name of checkout) await nomineeFolder(join(folder, name), join(shownAs, name), found, apiUrl);
  return registryInput(found, 'nominees');
}

async function nomineeFolder(folder: string, shownAs: string, found: RegistryEntries, apiUrl?: string): Promise<void> {
  const names = (await readdir(folder)).filter((name) => name.toLowerCase().endsWith('.json')).sort();
  if (names.length === 0)
    throw new InputError(
      `${shownAs} holds no .json files`,
      'pass a folder of nominee files (publicgoods-candidates/nominees), or the checkout itself',
    );
  const reasons = await exclusionReasons(folder, shownAs);
  for (const name of names) {
    const shownFile = join(shownAs, name);
    const json = parseJson(await readInputFile(join(folder, name), shownFile), shownFile);
    if (!isNominee(json))
      throw new InputError(
        `${shownFile} is not a nominee file`,
        'every .json file in the folder must follow the DPGA nominee schema',
      );
    const excludedReason = reasons && (exclusionReasonOf(reasons, String(json['name'])) ?? UNRECORDED_EXCLUSION);
    const file = { shownAs: shownFile, path: join(folder, name), ...(excludedReason ? { excludedReason } : {}) };
    nomineeEntries(json, file, found, apiUrl);
  }
}

/** For the excluded-nominees/ folder: the reasons of its README's table (none recorded: an empty table). */
async function exclusionReasons(folder: string, shownAs: string): Promise<ExclusionReasons | undefined> {
  if (basename(folder) !== EXCLUDED_FOLDER) return undefined;
  const readme = join(folder, 'README.md');
  if (!isFile(readme)) return new Map();
  return parseExclusionReasons(await readInputFile(readme, join(shownAs, 'README.md')));
}

function registryInput({ entries, withoutRepository }: RegistryEntries, kind: 'registry' | 'nominees'): BatchInput {
  const notes =
    withoutRepository.length === 0
      ? []
      : [`${withoutRepository.length} product(s) list no repository and were skipped`];
  return { kind, entries, notes };
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
