/**
 * A host name that does not resolve is final: one clear line at once, not three retries with back-off.
 * `.invalid` never resolves (RFC 6761), online or off.
 */
import { describe, expect, it } from 'vitest';
import { runCliInProcess } from '../../support/in-process-cli.js';
import { tempDir } from '../../support/tmp.js';

const API = 'https://api.github.invalid/api/v3';

describe('an API host whose name does not resolve', () => {
  it('fails at once with exit 3, and says a bare a/b is no local folder either', async () => {
    const cwd = tempDir('dpg-unresolvable-');
    const run = await runCliInProcess(['nosuch/folder', '--api-url', API, '--no-cache'], { cwd });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      'dpg-check: cannot reach GitHub to read nosuch/folder: the name api.github.invalid does not resolve ' +
        '(check the network connection or --api-url; if you meant a local folder, nosuch/folder does not exist)\n',
    );
  });

  it('gives no local-folder hint for a URL', async () => {
    const cwd = tempDir('dpg-unresolvable-');
    const run = await runCliInProcess(['https://api.github.invalid/octo/app', '--api-url', API, '--no-cache'], { cwd });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^dpg-check: cannot reach GitHub to read octo\/app: the name api\.github\.invalid does not resolve \(check the network connection or --api-url\)\n$/,
    );
  });
});
