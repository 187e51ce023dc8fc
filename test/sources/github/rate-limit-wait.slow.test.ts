/**
 * A shared client (batch mode) against the emulator's real-time rate-limit window: it waits for the
 * reset, so this test takes the seconds of that window and runs in the slow loop.
 */
import { describe, expect, it } from 'vitest';
import { readGitHubRepo } from '../../../src/sources/github/index.js';
import { client, emulator, serveFixture, WANTS } from './support.js';

describe('a shared client (batch mode)', () => {
  it('waits for the rate-limit reset instead of failing when the budget runs low', async () => {
    const paced = await emulator({ rateLimit: 5, rateLimitWindowSeconds: 2 });
    for (const name of ['compliant-app', 'no-license', 'python-poetry-clean']) serveFixture(paced, name, 'batch');
    const shared = await client(paced, { cacheDir: null, maxRateLimitWaitSeconds: 10 });
    for (const name of ['compliant-app', 'no-license', 'python-poetry-clean']) {
      expect((await readGitHubRepo(shared, `batch/${name}`, { wants: WANTS })).files.length).toBeGreaterThan(0);
    }
    const rest = paced.requests.filter((r) => r.endpoint !== 'graphql');
    expect(rest).toHaveLength(9);
    expect(rest.every((r) => r.status === 200)).toBe(true);
    expect(shared.stats.requests).toBe(12);
  });
});
