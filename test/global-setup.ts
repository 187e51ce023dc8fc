/**
 * Builds dist/ for the slow loop, whose tests run the real binary. Skipped when dist/ was built after the
 * last change to src/ (CI builds just before the tests): a build costs more than a minute of a busy 2-core machine.
 * Type errors do not stop the tests: tsc still emits, and `npm run build` / `npm run typecheck` (run before
 * the tests in .ci/run) are where type errors fail a build.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const BUILT = join(PROJECT_ROOT, 'dist', 'cli.js');
const BUILD_INPUTS = ['src', 'tsconfig.json', 'tsconfig.build.json'].map((name) => join(PROJECT_ROOT, name));

/** The latest modification time of a file, or of any file under a folder. */
function latestChange(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  return Math.max(info.mtimeMs, ...readdirSync(path).map((name) => latestChange(join(path, name))));
}

function isBuilt(): boolean {
  const built = statSync(BUILT, { throwIfNoEntry: false });
  return built !== undefined && BUILD_INPUTS.every((input) => latestChange(input) < built.mtimeMs);
}

export default function setup(): void {
  if (isBuilt()) return;
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
      cwd: PROJECT_ROOT,
      stdio: 'pipe',
    });
  } catch (err) {
    const output = String((err as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write(`global setup: tsc reported errors (dist/ was still emitted):\n${output.slice(0, 2000)}\n`);
  }
}
