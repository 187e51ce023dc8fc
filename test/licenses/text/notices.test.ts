/** License files that hold a notice or an SPDX tag instead of the license text. */
import { describe, expect, it } from 'vitest';
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { spdxText } from './spdx-texts.js';

const APACHE_NOTICE = `Copyright 2025 Example Media, Inc

Licensed under the Apache License, Version 2.0 (the "License");
you may not use this file except in compliance with the License.
You may obtain a copy of the License at

http://www.apache.org/licenses/LICENSE-2.0

Unless required by applicable law or agreed to in writing, software
distributed under the License is distributed on an "AS IS" BASIS,
WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
`;

const gnu = (name: string, version: string, later: boolean) => `Copyright (c) 2017, Example LLC

This program is free software: you can redistribute it and/or modify
it under the terms of the ${name} as published by
the Free Software Foundation, either version ${version} of the License${later ? ', or\n(at your option) any later version' : ''}.

This program is distributed in the hope that it will be useful,
but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.
`;

describe('notices', () => {
  it('reads the Apache-2.0 boilerplate notice', () => {
    expect(identifyLicenseTexts(APACHE_NOTICE)).toEqual([
      { spdx: 'Apache-2.0', confidence: 0.9, line: 3, kind: 'notice', modified: false },
    ]);
  });

  it.each([
    ['GNU General Public License', '3', true, 'GPL-3.0-or-later', 'or-later'],
    ['GNU General Public License', '2', false, 'GPL-2.0-only', 'only'],
    ['GNU Affero General Public License', '3', true, 'AGPL-3.0-or-later', 'or-later'],
    ['GNU Lesser General Public License', '2.1', true, 'LGPL-2.1-or-later', 'or-later'],
    ['GNU Lesser General Public License', '3', false, 'LGPL-3.0-only', 'only'],
  ] as const)('reads the %s version %s notice (or later: %s) as %s', (name, version, later, spdx, versionChoice) => {
    expect(identifyLicenseTexts(gnu(name, version, later))).toEqual([
      { spdx, confidence: 0.9, line: 4, kind: 'notice', modified: false, versionChoice },
    ]);
  });

  it('reads "licensed under the GNU GPL v3" style grants', () => {
    expect(
      identifyLicenseTexts('This project is licensed under the GNU General Public License v3.0 or later.')[0],
    ).toMatchObject({ spdx: 'GPL-3.0-or-later', kind: 'notice' });
  });

  it('reads the MPL-2.0, EPL-2.0 and EUPL-1.2 header notices', () => {
    const mpl =
      'This Source Code Form is subject to the terms of the Mozilla Public\nLicense, v. 2.0. If a copy of the MPL was not distributed with this\nfile, You can obtain one at https://mozilla.org/MPL/2.0/.';
    const epl =
      'This program and the accompanying materials are made available under the\nterms of the Eclipse Public License 2.0 which is available at\nhttps://www.eclipse.org/legal/epl-2.0';
    const eupl =
      'Licensed under the EUPL, Version 1.2 or – as soon they will be approved by the European Commission - subsequent versions of the EUPL (the "Licence");';
    expect(identifyLicenseTexts(mpl)).toMatchObject([{ spdx: 'MPL-2.0', kind: 'notice', line: 1 }]);
    expect(identifyLicenseTexts(epl)).toMatchObject([{ spdx: 'EPL-2.0', kind: 'notice' }]);
    expect(identifyLicenseTexts(eupl)).toMatchObject([{ spdx: 'EUPL-1.2', kind: 'notice' }]);
  });

  it('reads Creative Commons grants, ported versions included', () => {
    const cc = (name: string) => identifyLicenseTexts(`The course material is licensed under a ${name}.`)[0]?.spdx;
    expect(cc('Creative Commons Attribution 4.0 International License')).toBe('CC-BY-4.0');
    expect(cc('Creative Commons Attribution-ShareAlike 4.0 International License')).toBe('CC-BY-SA-4.0');
    expect(cc('Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International License')).toBe(
      'CC-BY-NC-ND-4.0',
    );
    expect(cc('Creative Commons Attribution-NonCommercial-ShareAlike 3.0 IGO License')).toBe('CC-BY-NC-SA-3.0-IGO');
    // CC-BY-NC-SA-3.0-US is not an SPDX id: the unported version is the nearest that is.
    expect(cc('Creative Commons Attribution-NonCommercial-ShareAlike 3.0 United States License')).toBe(
      'CC-BY-NC-SA-3.0',
    );
  });

  it('reads Creative Commons short names, the IGO form in any language, and the CC0 waiver', () => {
    expect(identifyLicenseTexts('Course content: CC BY-SA 4.0.')).toMatchObject([
      { spdx: 'CC-BY-SA-4.0', kind: 'notice' },
    ]);
    expect(
      identifyLicenseTexts(
        'la Documentación se licenciará bajo Creative Commons IGO 3.0 Atribución-NoComercial-SinObraDerivada (CC-IGO 3.0 BY-NC-ND).',
      ),
    ).toMatchObject([{ spdx: 'CC-BY-NC-ND-3.0-IGO', kind: 'notice' }]);
    expect(
      identifyLicenseTexts(
        'To the extent possible under law, Example Org has waived all copyright and related or neighboring rights to this data.',
      ),
    ).toMatchObject([{ spdx: 'CC0-1.0', kind: 'notice' }]);
  });

  it("does not take the example notice in a license's own appendix for a notice", () => {
    expect(identifyLicenseTexts(spdxText('GPL-3.0-only')).map((m) => m.kind)).toEqual(['full-text']);
    expect(identifyLicenseTexts(spdxText('Apache-2.0')).map((m) => m.kind)).toEqual(['full-text']);
    expect(identifyLicenseTexts(spdxText('MPL-2.0')).map((m) => m.kind)).toEqual(['full-text']);
  });

  it('lets a notice before the GNU text settle the version choice the text leaves open', () => {
    const text = `${gnu('GNU General Public License', '3', true)}\n\n${spdxText('GPL-3.0-only')}`;
    expect(identifyLicenseTexts(text)).toMatchObject([
      { spdx: 'GPL-3.0-or-later', kind: 'full-text', versionChoice: 'or-later', modified: false },
    ]);
  });

  it("does not take mentions of other components' licenses for grants", () => {
    const text =
      'Files in the directory website/assets/vendor/jquery are copied from the JQuery project, which is licensed under the MIT license.\n\nUnder the New BSD license: django, werkzeug\n';
    expect(identifyLicenseTexts(text)).toEqual([]);
  });
});

describe('SPDX tags', () => {
  it('reads SPDX-License-Identifier lines, expressions included', () => {
    expect(identifyLicenseTexts('SPDX-License-Identifier: MIT OR Apache-2.0\n')).toEqual([
      { spdx: 'MIT OR Apache-2.0', confidence: 0.95, line: 1, kind: 'tag', modified: false },
    ]);
    expect(identifyLicenseTexts('# Licensing\n\n<!-- SPDX-License-Identifier: GPL-3.0-or-later -->\n')).toEqual([
      { spdx: 'GPL-3.0-or-later', confidence: 0.95, line: 3, kind: 'tag', modified: false, versionChoice: 'or-later' },
    ]);
  });

  it('reports a tag once next to the full text it names', () => {
    const text = `SPDX-License-Identifier: MIT\n\n${spdxText('MIT')}`;
    expect(identifyLicenseTexts(text).map((m) => [m.spdx, m.kind])).toEqual([['MIT', 'full-text']]);
  });
});

describe('a license named in a sentence of a short license file', () => {
  const prose = (sentence: string) =>
    [
      'Survey Kit is made by the Example Data Lab and its contributors.',
      '',
      `Whoever copies or changes it ${sentence}`,
      '',
      '[GPL-3.0]: https://www.gnu.org/licenses/gpl-3.0.en.html',
      '[MIT]: https://opensource.org/licenses/MIT',
      '',
    ].join('\n');

  it.each([
    [
      'a GNU name as a reference link, "+" after it',
      'may do so under the terms of GNU [GPL-3.0]+ license.',
      'GPL-3.0-or-later',
    ],
    ['an inline link', 'may do so under the terms of the [MIT](https://opensource.org/licenses/MIT) license.', 'MIT'],
    ['a name broken over two lines', 'may do so under the terms of the GNU\nGPL-3.0+ license.', 'GPL-3.0-or-later'],
    ['a plain id', 'may do so under the terms of the BSD-2-Clause licence.', 'BSD-2-Clause'],
  ])('%s', (_name, sentence, spdx) => {
    const [match] = identifyLicenseTexts(prose(sentence));
    expect(match?.spdx).toBe(spdx);
    if (spdx) expect(match).toMatchObject({ kind: 'notice', line: 3, modified: false });
  });

  it('reads no name from a sentence that names none, nor from a long file', () => {
    expect(identifyLicenseTexts(prose('may do so under the terms of our own license.'))).toEqual([]);
    const long = `${'This paragraph is here to make the file long. '.repeat(40)}\n${prose('may do so under the terms of the MIT license.')}`;
    expect(identifyLicenseTexts(long)).toEqual([]);
  });
});
