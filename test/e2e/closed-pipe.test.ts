/** `dpg-check … | head`: when the reader goes away, the CLI stops quietly instead of printing an EPIPE stack. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/cli.js';

function runWithEarlyClose(args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, 'bin', 'dpg-check.js'), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    // Read one chunk, then hang up, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed output pipe', () => {
  it.each([[['--help']], [['fixtures/repos/compliant-app', '--format', 'json']]])(
    'is not an error: %j',
    async (args) => {
      const { code, stderr } = await runWithEarlyClose(args);
      expect(stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
      expect([0, 1]).toContain(code);
    },
  );
});
