/** Real-world shapes of license files: reformatted, filled in, altered, with a preamble or an addendum. */
import { describe, expect, it } from 'vitest';
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { lineOf, rewrap, spdxText } from './spdx-texts.js';

/** Apache-2.0 as a Markdown LICENSE.md: headings, bold defined terms, bulleted clauses, curly quotes, links. */
function apacheAsMarkdown(): string {
  return spdxText('Apache-2.0')
    .replace(/^Apache License$/m, '# Apache License')
    .replace(/^(Version 2\.0, January 2004)$/m, '## $1')
    .replace(
      /^http:\/\/www\.apache\.org\/licenses\/$/m,
      '[http://www.apache.org/licenses/](http://www.apache.org/licenses/)',
    )
    .replace(/^TERMS AND CONDITIONS.*$/m, '## $&')
    .replace(/^(\d+)\. ([A-Z][^.]*\.)/gm, '### $1. $2\n')
    .replace(/"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"/g, '**“$1”**')
    .replace(/^\(([a-d])\) /gm, '- ($1) ');
}

describe('reformatted and filled-in texts', () => {
  it('matches a Markdown-reformatted Apache-2.0', () => {
    const markdown = apacheAsMarkdown();
    expect(markdown).toContain('### 4. Redistribution.');
    expect(identifyLicenseTexts(markdown)).toMatchObject([
      { spdx: 'Apache-2.0', kind: 'full-text', modified: false, line: 1 },
    ]);
    expect(identifyLicenseTexts(markdown)[0]?.confidence).toBeGreaterThanOrEqual(0.97);
  });

  it('matches Apache-2.0 with the appendix filled in, exactly', () => {
    const filled = spdxText('Apache-2.0').replace(
      'Copyright [yyyy] [name of copyright owner]',
      'Copyright 2019-2024 Example Health Foundation',
    );
    expect(identifyLicenseTexts(rewrap(filled, 70))).toEqual([
      { spdx: 'Apache-2.0', confidence: 1, line: 1, kind: 'full-text', modified: false },
    ]);
  });

  it('matches Apache-2.0 without its appendix', () => {
    const terms = spdxText('Apache-2.0').split('END OF TERMS AND CONDITIONS')[0] ?? '';
    expect(identifyLicenseTexts(terms)[0]).toMatchObject({ spdx: 'Apache-2.0', confidence: 1 });
  });

  it('matches BSD-3-Clause whose holder is named in the endorsement and liability clauses', () => {
    const renamed = spdxText('BSD-3-Clause')
      .replace('<year> <owner>', '2018, Oasis Loss Modelling Framework Ltd')
      .replace('the name of the copyright holder', 'the name of Oasis Loss Modelling Framework Ltd, its members')
      .replace(
        'IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS',
        'IN NO EVENT SHALL OASIS LMF LTD OR ITS CONTRIBUTORS',
      );
    expect(renamed).toContain('Neither the name of Oasis');
    expect(identifyLicenseTexts(`BSD 3-Clause License\n\n${renamed}`)).toEqual([
      { spdx: 'BSD-3-Clause', confidence: 1, line: 1, kind: 'full-text', modified: false },
    ]);
  });

  it('matches MIT with several copyright lines and a title', () => {
    const body = spdxText('MIT').replace(
      'Copyright (c) <year> <copyright holders>',
      'Copyright (c) 2019- Example Institute,\nExample Agency (EA), Example Centre\nCopyright (c) 2015 Another Authority',
    );
    expect(identifyLicenseTexts(body)).toEqual([
      { spdx: 'MIT', confidence: 1, line: 1, kind: 'full-text', modified: false },
    ]);
  });
});

describe('altered texts', () => {
  it('identifies a GNU text with a word swapped throughout at near-full confidence', () => {
    const swapped = spdxText('AGPL-3.0-only').replace(/recipient/g, 'receiver');
    const [match, ...rest] = identifyLicenseTexts(swapped);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ spdx: 'AGPL-3.0-only', kind: 'full-text', versionChoice: 'unspecified' });
    expect(match?.confidence).toBeGreaterThan(0.97);
    expect(match?.confidence).toBeLessThan(1);
  });

  it('flags MIT with an extra clause as modified, with lower confidence', () => {
    const extra = spdxText('MIT').replace(
      'The above copyright notice',
      'The Software may not be used for any military purpose, nor by any company that sells weapons or surveillance systems to governments.\n\nThe above copyright notice',
    );
    const [match] = identifyLicenseTexts(extra);
    expect(match).toMatchObject({ spdx: 'MIT', kind: 'full-text', modified: true });
    expect(match?.confidence).toBeGreaterThan(0.6);
    expect(match?.confidence).toBeLessThan(0.97);
  });

  it('identifies BSD-2-Clause after a shared-copyright preamble, as modified', () => {
    const preamble =
      'COPYRIGHT\n\nAll contributions by the Example University:\nCopyright (c) 2014-2017 The Regents of Example University\nAll rights reserved.\n\n' +
      'All other contributions:\nCopyright (c) 2014-2017, the respective contributors\nAll rights reserved.\n\n' +
      'Example uses a shared copyright model: each contributor holds copyright over their contributions to the project. ' +
      'The project versioning records all such contribution and copyright details. If a contributor wants to further mark ' +
      'their specific copyright on a particular contribution, they should indicate their copyright solely in the commit message.\n\nLICENSE\n\n';
    const text = preamble + spdxText('BSD-2-Clause').replace(/^Copyright.*\n/, '');
    const [match, ...rest] = identifyLicenseTexts(text);
    expect(rest).toEqual([]);
    expect(match).toMatchObject({
      spdx: 'BSD-2-Clause',
      kind: 'full-text',
      modified: true,
      line: lineOf(text, 'LICENSE\n'),
    });
    expect(match?.confidence).toBeGreaterThan(0.6);
    expect(match?.confidence).toBeLessThan(0.95);
  });

  it('identifies MPL-2.0 followed by a disclaimer addendum across a separator, as modified', () => {
    const addendum =
      '\n\n---------------------\n\nHealthcare Disclaimer\n\nIn the United States, the following additional disclaimer of warranty and limitation of liability are hereby incorporated into the terms and conditions of MPL 2.0:\n\n' +
      '1. No warranties of any kind whatsoever are made as to the results that You will obtain from relying upon the Covered Software, including but not limited to compliance with privacy laws or regulations. ' +
      'Use of the Covered Software is not a substitute for the professional judgment of any person, and any decision made with the Covered Software is the sole responsibility of that person.\n';
    const [match] = identifyLicenseTexts(spdxText('MPL-2.0') + addendum);
    expect(match).toMatchObject({ spdx: 'MPL-2.0', modified: true });
    expect(match?.confidence).toBeLessThan(0.99);
  });

  it('does not count notes about other components after a separator as part of the license', () => {
    const text = `${spdxText('MIT')}\n\n------------------------------\nFor the bundled icons:\n------------------------------\n\nThe icons are copyright Example Design Studio and are included here with their permission; see their site for terms.\n`;
    expect(identifyLicenseTexts(text)).toEqual([
      { spdx: 'MIT', confidence: 1, line: 1, kind: 'full-text', modified: false },
    ]);
  });
});
