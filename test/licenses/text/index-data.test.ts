/** The committed license index must be what buildLicenseIndex makes of the installed spdx-license-list. */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import policy from '../../../src/data/dpg-licenses.json' with { type: 'json' };
import { buildLicenseIndex, selectIndexIds, wantedIds, type SpdxText } from '../../../src/licenses/text/build-index.js';
import { decodeSortedSet, encodeSortedSet, fingerprint } from '../../../src/licenses/text/encoding.js';
import { PROJECT_ROOT } from '../../support/cli.js';

const require = createRequire(import.meta.url);
const INDEX = join(PROJECT_ROOT, 'src', 'data', 'license-index.json');

function rebuild(): string {
  const list = require('spdx-license-list/full') as Record<string, SpdxText>;
  const deprecated = require('spdx-license-ids/deprecated.json') as string[];
  const { version } = require('spdx-license-list/package.json') as { version: string };
  const ids = selectIndexIds(list, wantedIds(policy, Object.keys(list)), deprecated);
  return `${JSON.stringify(buildLicenseIndex(list, ids, `spdx-license-list ${version}`))}\n`;
}

describe('license index', () => {
  const built = rebuild();

  it('is up to date with spdx-license-list and the matching rules', () => {
    if (process.env['UPDATE_LICENSE_INDEX'] === '1') writeFileSync(INDEX, built);
    const committed = readFileSync(INDEX, 'utf8');
    expect(
      committed === built,
      'src/data/license-index.json is stale: run UPDATE_LICENSE_INDEX=1 npx vitest run test/licenses/text/index-data.test.ts',
    ).toBe(true);
  });

  it('stays small enough to load on every run', () => {
    expect(built.length).toBeLessThan(400 * 1024);
  });

  it('holds every policy id that has a text, under its current id', () => {
    const ids = new Set((JSON.parse(built) as { licenses: { id: string }[] }).licenses.map((l) => l.id));
    for (const id of [
      'MIT',
      'Apache-2.0',
      'GPL-3.0-only',
      'LGPL-2.1-only',
      'AGPL-3.0-only',
      'BSD-4-Clause',
      'CC-BY-NC-ND-4.0',
      'ODbL-1.0',
      'EUPL-1.2',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    expect(ids.has('GPL-3.0')).toBe(false);
  });
});

describe('index encodings', () => {
  it('round-trips ascending sets through the delta encoding, large gaps included', () => {
    const values = [0, 1, 2, 31, 32, 33, 1023, 1024, 40_000, 40_001, 1_000_000];
    const encoded = encodeSortedSet(values);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSortedSet(encoded)).toEqual(values);
    expect(decodeSortedSet(encodeSortedSet([]))).toEqual([]);
  });

  it('fingerprints word sequences, not their concatenation', () => {
    expect(fingerprint(['ab', 'c'])).not.toBe(fingerprint(['a', 'bc']));
    expect(fingerprint(['mit', 'license'])).toBe(fingerprint(['mit', 'license']));
    expect(fingerprint(['x'])).toMatch(/^[0-9a-f]{16}$/);
  });
});
