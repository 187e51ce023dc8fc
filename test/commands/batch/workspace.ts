/** Test support for batch runs: a temp folder with fixture checkouts, lists, and readers of the outputs. */
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';

export interface Workspace {
  readonly dir: string;
  /** Writes a file in the workspace and returns its name. */
  file(name: string, content: string): string;
}

/** Copies of these fixture repositories, side by side, outside the project's git work tree. */
export function workspace(
  fixtures: readonly string[] = ['compliant-app', 'no-license', 'gpl-only-copying'],
): Workspace {
  const dir = tempDir('dpg-batch-run-');
  for (const name of fixtures)
    cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', name), join(dir, name), { recursive: true });
  return {
    dir,
    file: (name, content) => {
      writeFileSync(join(dir, name), content);
      return name;
    },
  };
}

/** `count` more names for the same few checkouts (symbolic links): distinct targets, cheap to make. */
export function aliases(ws: Workspace, count: number, fixtures: readonly string[]): string[] {
  return Array.from({ length: count }, (_, i) => {
    const name = `alias-${String(i).padStart(5, '0')}`;
    symlinkSync(join(ws.dir, fixtures[i % fixtures.length] as string), join(ws.dir, name));
    return name;
  });
}

export interface ResultLine {
  readonly key: string;
  readonly target: string;
  readonly from: string;
  readonly report?: { readonly summary: { readonly verdict: string } };
  readonly error?: { readonly kind: string; readonly message: string };
}

export function readResults(dir: string): ResultLine[] {
  const path = join(dir, 'results.jsonl');
  if (!existsSync(path)) return [];
  // The text after the last newline is a line still being written (or cut by a kill): not a result yet.
  const lines = readFileSync(path, 'utf8').split('\n').slice(0, -1);
  return lines.filter((line) => line !== '').map((line) => JSON.parse(line) as ResultLine);
}
