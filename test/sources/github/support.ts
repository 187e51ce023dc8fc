/** Shared set-up of the GitHub source tests: an emulator over temp folders and clients with fast retries. */
import { spawn } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { checks } from '../../../src/checks/index.js';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../../src/sources/github/index.js';
import { wantedTexts } from '../../../src/sources/select.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../support/github-emulator/server.js';
import { PROJECT_ROOT } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';

export const WANTS = wantedTexts(checks);

/** An emulator for this test file, closed after it. */
export async function emulator(options: Parameters<typeof startGitHubEmulator>[0] = {}): Promise<GitHubEmulator> {
  const started = await startGitHubEmulator(options);
  afterAll(() => started.close());
  return started;
}

/** A client with its own cache folder (or none) and retries that do not slow the tests down. */
export function client(emu: GitHubEmulator, options: Partial<GitHubClientOptions> = {}): Promise<GitHubClient> {
  return createGitHubClient({
    apiUrl: emu.url,
    cacheDir: tempDir('dpg-check-cache-'),
    retryDelayMs: 1,
    timeoutMs: 5_000,
    ...options,
  });
}

/** A copy of fixtures/repos/NAME served as emulated/NAME. */
export function serveFixture(emu: GitHubEmulator, name: string, owner = 'emulated'): string {
  const dir = join(tempDir('dpg-check-gh-'), name);
  cpSync(join(PROJECT_ROOT, 'fixtures', 'repos', name), dir, { recursive: true });
  emu.addRepo(`${owner}/${name}`, dir);
  return dir;
}

/** Requests logged since `from`, by endpoint. */
export function countSince(emu: GitHubEmulator, from: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of emu.requests.slice(from))
    counts[`${r.endpoint}:${r.status}`] = (counts[`${r.endpoint}:${r.status}`] ?? 0) + 1;
  return counts;
}

export interface AsyncCliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built CLI without blocking this process: the emulator answering it lives in the test's
 * own event loop, which spawnSync would freeze.
 */
export function runCliAsync(
  args: readonly string[],
  options: { env?: Record<string, string | undefined>; input?: string; cwd?: string } = {},
): Promise<AsyncCliRun> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    GITHUB_TOKEN: undefined,
    GH_TOKEN: undefined,
    GITHUB_ACTIONS: undefined,
    ...options.env,
  };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'dpg-check.js'), ...args], {
    cwd: options.cwd ?? tempDir('dpg-check-cwd-'),
    env: env as NodeJS.ProcessEnv,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(options.input ?? '');
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}
