/** One case per license family: the SPDX text, re-wrapped and given a real copyright line, is identified exactly. */
import { describe, expect, it } from 'vitest';
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { rewrap, spdxText } from './spdx-texts.js';

const FAMILIES: readonly [source: string, expected: string][] = [
  ['MIT', 'MIT'],
  ['BSD-2-Clause', 'BSD-2-Clause'],
  ['BSD-3-Clause', 'BSD-3-Clause'],
  ['BSD-4-Clause', 'BSD-4-Clause'],
  ['Apache-2.0', 'Apache-2.0'],
  ['GPL-2.0-only', 'GPL-2.0-only'],
  ['GPL-3.0-only', 'GPL-3.0-only'],
  ['LGPL-2.1-only', 'LGPL-2.1-only'],
  ['LGPL-3.0-only', 'LGPL-3.0-only'], // the LGPL's own terms, as COPYING.LESSER ships them
  ['AGPL-3.0-only', 'AGPL-3.0-only'],
  ['MPL-2.0', 'MPL-2.0'],
  ['EPL-2.0', 'EPL-2.0'],
  ['EUPL-1.2', 'EUPL-1.2'],
  ['ISC', 'ISC'],
  ['Unlicense', 'Unlicense'],
  ['CC0-1.0', 'CC0-1.0'],
  ['CC-BY-4.0', 'CC-BY-4.0'],
  ['CC-BY-SA-4.0', 'CC-BY-SA-4.0'],
  ['CC-BY-NC-ND-4.0', 'CC-BY-NC-ND-4.0'],
  ['CC-BY-NC-SA-3.0', 'CC-BY-NC-SA-3.0'],
  ['ODbL-1.0', 'ODbL-1.0'],
  ['PDDL-1.0', 'PDDL-1.0'],
  ['Zlib', 'Zlib'],
  ['0BSD', '0BSD'],
  ['BSL-1.0', 'BSL-1.0'],
];

describe('full license texts, one per family', () => {
  it.each(FAMILIES)('%s', (source, expected) => {
    const terms = spdxText(source).split('\nGNU GENERAL PUBLIC LICENSE\n')[0] ?? '';
    const text = `Copyright (c) 2021-2024 Example Foundation\n\n${rewrap(terms, 66)}\n`;
    const [match, ...rest] = identifyLicenseTexts(text);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ spdx: expected, kind: 'full-text', line: 1, modified: false });
    expect(match?.confidence).toBeGreaterThanOrEqual(0.98);
  });

  it('says GNU full texts leave the version choice open (the notice decides -only or -or-later)', () => {
    for (const id of ['GPL-2.0-only', 'GPL-3.0-only', 'LGPL-2.1-only', 'AGPL-3.0-only']) {
      expect(identifyLicenseTexts(spdxText(id))[0]?.versionChoice, id).toBe('unspecified');
    }
    expect(identifyLicenseTexts(spdxText('MIT'))[0]?.versionChoice).toBeUndefined();
  });

  it('tells close relatives apart and names the runner-up when it is close', () => {
    const [agpl] = identifyLicenseTexts(rewrap(spdxText('AGPL-3.0-only'), 80));
    expect(agpl?.spdx).toBe('AGPL-3.0-only');
    const trimmed = spdxText('GPL-3.0-only').replace(
      /\n\s*Preamble[\s\S]*?TERMS AND CONDITIONS/,
      '\nTERMS AND CONDITIONS',
    );
    const [gpl] = identifyLicenseTexts(rewrap(trimmed, 80));
    // Without its preamble the GPL-3.0 is close to the licenses built on it; its opening words still tell.
    expect(gpl).toMatchObject({ spdx: 'GPL-3.0-only', modified: true });
    expect(['AGPL-3.0-only', 'SSPL-1.0']).toContain(gpl?.runnerUp?.spdx);
    expect(gpl?.runnerUp?.confidence).toBeLessThanOrEqual(gpl?.confidence ?? 0);
  });

  it('reads LGPL-3.0 published with the GPL-3.0 after it as LGPL-3.0 alone', () => {
    const combined = `${spdxText('LGPL-3.0-only')}`;
    expect(combined).toContain('GNU GENERAL PUBLIC LICENSE');
    expect(identifyLicenseTexts(combined).map((m) => m.spdx)).toEqual(['LGPL-3.0-only']);
  });

  it('accepts CRLF line ends and British spellings', () => {
    const mit = spdxText('MIT')
      .replace(/license/g, 'licence')
      .replace(/\n/g, '\r\n');
    expect(identifyLicenseTexts(mit)[0]).toMatchObject({ spdx: 'MIT', confidence: 1 });
  });
});
