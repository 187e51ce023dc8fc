/** Files that hold several licenses one after another: each is reported once, with the line where it starts. */
import { describe, expect, it } from 'vitest';
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { lineOf, rewrap, spdxText } from './spdx-texts.js';

const mit = (holder: string) => spdxText('MIT').replace('<year> <copyright holders>', `2017 ${holder}`);

describe('several licenses in one file', () => {
  it('finds Apache-2.0 and, after its appendix, the MIT text of a bundled component', () => {
    const text = `${rewrap(spdxText('Apache-2.0'), 76)}\n\n   This product bundles headless-crawler 1.8.0, which is available under a "MIT" license.\n\n${rewrap(mit('yujiosaka'), 76)}\n`;
    expect(identifyLicenseTexts(text)).toEqual([
      { spdx: 'Apache-2.0', confidence: 1, line: 1, kind: 'full-text', modified: false },
      { spdx: 'MIT', confidence: 1, line: lineOf(text, 'MIT License'), kind: 'full-text', modified: false },
    ]);
  });

  it('finds MIT then Apache-2.0 (a LICENSE that concatenates LICENSE-MIT and LICENSE-APACHE)', () => {
    const text = `${mit('Example Developers')}\n\n${spdxText('Apache-2.0')}`;
    expect(identifyLicenseTexts(text).map((m) => [m.spdx, m.line, m.modified])).toEqual([
      ['MIT', 1, false],
      ['Apache-2.0', lineOf(text, 'Apache License'), false],
    ]);
  });

  it('reports BSD-3-Clause once when a second, vendored BSD-3-Clause text follows', () => {
    const first = spdxText('BSD-3-Clause').replace('<year> <owner>', '2014-2019, Example Authors');
    const second = rewrap(
      spdxText('BSD-3-Clause')
        .replace('<year> <owner>', '2007-2018 The scikit-learn developers')
        .replace('the copyright holder nor', 'the Scikit-learn Developers nor'),
      70,
    );
    const text = `BSD 3-Clause License\n\n${first}\n\nLicense of the files CONTRIBUTING.md and ISSUE_TEMPLATE.md:\n\nThose files are modifications of templates in scikit-learn and they are licensed under a New BSD license:\n\nNew BSD License\n\n${second}\n`;
    expect(identifyLicenseTexts(text)).toEqual([
      { spdx: 'BSD-3-Clause', confidence: 1, line: 1, kind: 'full-text', modified: false },
    ]);
  });

  it('finds the MIT code license and the Creative Commons content notice of a compound file', () => {
    const rule = '-'.repeat(78);
    const text =
      `${rule}\nFor the software:\n${rule}\n\n${mit('Example Foundation')}\n\n${rule}\nFor the videos:\n${rule}\n` +
      'Unless otherwise indicated, the videos are released under a Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International License.\n';
    expect(identifyLicenseTexts(text)).toEqual([
      { spdx: 'MIT', confidence: 1, line: lineOf(text, 'MIT License'), kind: 'full-text', modified: false },
      {
        spdx: 'CC-BY-NC-SA-4.0',
        confidence: 0.9,
        line: lineOf(text, 'Unless otherwise'),
        kind: 'notice',
        modified: false,
      },
    ]);
  });

  it('finds a BSD-3-Clause code license and an ODbL-1.0 data license in one file', () => {
    const text = `${spdxText('BSD-3-Clause')}\n\n==============================\n\n${spdxText('ODbL-1.0')}`;
    expect(identifyLicenseTexts(text).map((m) => [m.spdx, m.line])).toEqual([
      ['BSD-3-Clause', 1],
      ['ODbL-1.0', lineOf(text, '## Open Data Commons')],
    ]);
  });

  it('does not let a long license swallow a short one appended to it', () => {
    const text = `${spdxText('GPL-3.0-only').split('END OF TERMS AND CONDITIONS')[0] ?? ''}\n\nBundled code:\n\n${mit('Example Developers')}`;
    expect(identifyLicenseTexts(text).map((m) => [m.spdx, m.line])).toEqual([
      ['GPL-3.0-only', 1],
      ['MIT', lineOf(text, 'MIT License')],
    ]);
  });

  it('finds GPL-2.0 and LGPL-2.1 texts in one COPYING file', () => {
    const text = `${spdxText('GPL-2.0-only')}\n\n${spdxText('LGPL-2.1-only')}`;
    expect(identifyLicenseTexts(text).map((m) => m.spdx)).toEqual(['GPL-2.0-only', 'LGPL-2.1-only']);
  });
});
