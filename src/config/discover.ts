/**
 * Finds the config: `--config FILE`, else the nearest `.dpg-check.yml`/`.dpg-check.yaml` or package.json
 * with a "dpg-check" key, walking up from a folder to the filesystem root. In one folder a config file
 * wins over the package.json key. Bytes read are capped: a checked repository is hostile.
 */
import { closeSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../errors.js';

export const CONFIG_FILES = ['.dpg-check.yml', '.dpg-check.yaml'] as const;
export const PACKAGE_KEY = 'dpg-check';
/** A config fits in a few hundred bytes; 64 KiB leaves room for long waiver reasons. */
export const MAX_CONFIG_BYTES = 64 * 1024;
/** package.json files are larger (scripts, dependencies); bigger ones are not read for a key. */
const MAX_PACKAGE_JSON_BYTES = 1024 * 1024;

export interface ConfigSource {
  /** Absolute path of the file. */
  readonly file: string;
  readonly text: string;
  /** True when the settings are the "dpg-check" key of a package.json. */
  readonly packageKey: boolean;
}

export function readExplicitConfig(file: string): ConfigSource {
  const stat = statOrUndefined(file, statSync);
  if (!stat)
    throw new InputError(
      `config file ${file} does not exist`,
      'check the --config path, or drop --config to look for .dpg-check.yml',
    );
  if (!stat.isFile())
    throw new InputError(`config file ${file} is not a file`, 'pass the path of a .dpg-check.yml file to --config');
  const packageKey = file.endsWith('package.json');
  return { file, text: readCapped(file, packageKey ? MAX_PACKAGE_JSON_BYTES : MAX_CONFIG_BYTES, file), packageKey };
}

export function discoverConfig(startDir: string): ConfigSource | undefined {
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const found = configIn(dir);
    if (found) return found;
    if (dirname(dir) === dir) return undefined;
  }
}

function configIn(dir: string): ConfigSource | undefined {
  for (const name of CONFIG_FILES) {
    const file = join(dir, name);
    const stat = statOrUndefined(file, lstatSync);
    if (!stat) continue;
    // A link could point anywhere on the machine: the repository's own file or nothing.
    if (stat.isSymbolicLink())
      throw new InputError(
        `config file ${file} is a symbolic link`,
        'dpg-check does not follow links: replace it with the file, or pass --config',
      );
    if (stat.isFile()) return { file, text: readCapped(file, MAX_CONFIG_BYTES, file), packageKey: false };
  }
  return packageKeyIn(join(dir, 'package.json'));
}

/** A package.json that is unreadable, too big or not JSON says nothing about our settings: the checks report it. */
function packageKeyIn(file: string): ConfigSource | undefined {
  const stat = statOrUndefined(file, lstatSync);
  if (!stat?.isFile() || stat.size > MAX_PACKAGE_JSON_BYTES) return undefined;
  let text: string;
  let parsed: unknown;
  try {
    text = readCapped(file, MAX_PACKAGE_JSON_BYTES, file);
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const hasKey = typeof parsed === 'object' && parsed !== null && Object.hasOwn(parsed, PACKAGE_KEY);
  return hasKey ? { file, text, packageKey: true } : undefined;
}

function readCapped(file: string, maxBytes: number, shown: string): string {
  const buffer = Buffer.alloc(maxBytes + 1);
  let fd: number | undefined;
  let length: number;
  try {
    fd = openSync(file, 'r');
    length = readSync(fd, buffer, 0, buffer.length, 0);
  } catch (err) {
    throw new InputError(
      `cannot read config file ${shown} (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      'check its permissions',
    );
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  if (length > maxBytes)
    throw new InputError(
      `config file ${shown} is larger than ${maxBytes / 1024} KiB`,
      'a dpg-check config holds a short policy: trim it',
    );
  return buffer
    .subarray(0, length)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

function statOrUndefined<T>(file: string, stat: (path: string) => T): T | undefined {
  try {
    return stat(file);
  } catch {
    return undefined;
  }
}
