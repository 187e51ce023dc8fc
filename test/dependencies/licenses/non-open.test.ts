import { describe, expect, it } from 'vitest';
import { nonOpenLicenses } from '../../../src/dependencies/licenses/non-open.js';

describe('nonOpenLicenses', () => {
  it.each([
    ['SSPL-1.0', ['sspl']],
    ['sspl', ['sspl']],
    ['MIT OR SSPL-1.0', []],
    ['SSPL-1.0 OR Elastic-2.0', ['sspl', 'elastic']],
    ['(MIT OR Apache-2.0) AND BUSL-1.1', ['busl']],
    ['MIT AND (SSPL-1.0 OR BUSL-1.1)', ['sspl', 'busl']],
    ['Apache-2.0 WITH Commons-Clause', ['commons-clause']],
    ['MIT + Commons Clause', ['commons-clause']],
    ['Business Source License 1.1', ['busl']],
    ['BSL-1.1', ['busl']],
    ['BSL-1.0', []],
    ['UNLICENSED', ['unlicensed']],
    ['Unlicense', []],
    ['proprietary', ['proprietary']],
    ['All Rights Reserved', ['proprietary']],
    ['SEE LICENSE IN EULA.txt', ['eula']],
    ['SEE LICENSE IN LICENSE.md', []],
    ['PolyForm-Noncommercial-1.0.0', ['polyform']],
    ['RSALv2', ['rsal']],
    ['FSL-1.1-MIT', ['fsl']],
    ['CC-BY-NC-4.0', ['non-commercial']],
    ['CC-BY-4.0', []],
    ['GPL-3.0-or-later', []],
    ['((MIT', []],
    ['', []],
  ] as const)('%s -> %j', (value, ids) => {
    expect(nonOpenLicenses(value).map((l) => l.id)).toEqual(ids);
  });
});
