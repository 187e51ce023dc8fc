/**
 * Builds dist/ once, so the CLI tests run the real binary. Type errors do not stop the tests: tsc still emits,
 * and `npm run build` / `npm run typecheck` (run before the tests in .ci/run) are where type errors fail a build.
 */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
  try {
    execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'pipe' });
  } catch (err) {
    const output = String((err as { stdout?: Buffer }).stdout ?? '');
    process.stderr.write(`global setup: tsc reported errors (dist/ was still emitted):\n${output.slice(0, 2000)}\n`);
  }
}
