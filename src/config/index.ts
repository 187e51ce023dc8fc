/** Which config applies to a run: `--config FILE`, none with `--no-config`, else the nearest one found. */
import { existsSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { discoverConfig, readExplicitConfig } from './discover.js';
import { loadConfig } from './load.js';
import type { LoadedConfig } from './types.js';

export interface ConfigChoice {
  readonly cwd: string;
  /** The repository asked for: discovery walks up from it when it is a local folder, else from cwd. */
  readonly target: string;
  /** --config FILE (string), --no-config (false), or neither (undefined). */
  readonly flag: string | false | undefined;
}

export function findAndLoadConfig({ cwd, target, flag }: ConfigChoice): LoadedConfig | undefined {
  if (flag === false) return undefined;
  const source = flag !== undefined ? readExplicitConfig(resolve(cwd, flag)) : discoverConfig(startFolder(cwd, target));
  return source ? loadConfig(source, shownPath(cwd, source.file)) : undefined;
}

function startFolder(cwd: string, target: string): string {
  const local = resolve(cwd, target);
  return existsSync(local) && statSync(local).isDirectory() ? local : cwd;
}

/** Relative to the working directory when inside it, so reports and messages do not leak home folders. */
function shownPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}
