/** Runs the built binary as a child process, the way a user or CI does. */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tempDir } from './tmp.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(PROJECT_ROOT, 'bin', 'dpg-check.js');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly input?: string;
}

/** The environment a test run of the CLI sees: this process's, without colour, with the test's overrides (undefined removes). */
export function cliEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    ...overrides,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return env as Record<string, string>;
}

export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: cliEnv(options.env),
    encoding: 'utf8',
    input: options.input ?? '',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * A copy of a fixture in a fresh temp folder, outside this repository's git work tree, so the
 * report does not depend on the project's own commit. Returns the folder to run in and the name to pass.
 */
export function fixtureCopy(name: string): { cwd: string; target: string } {
  const cwd = tempDir('dpg-check-e2e-');
  cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', name), join(cwd, name), { recursive: true });
  return { cwd, target: name };
}

/** A readable snapshot of one CLI run: command, exit code, stdout, stderr. */
export function describeRun(command: string, run: CliRun): string {
  const block = (title: string, text: string) => `## ${title}\n\n\`\`\`\n${text.trimEnd()}\n\`\`\`\n`;
  return [
    `# \`${command}\`\n`,
    `Exit code: ${run.code}\n`,
    block('stdout', run.stdout),
    block('stderr', run.stderr),
  ].join('\n');
}
