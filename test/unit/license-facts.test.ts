import { describe, expect, it } from 'vitest';
import { licenseFacts } from '../../src/facts/licenses.js';
import { identifyLicenseText } from '../../src/facts/license-text.js';
import { APACHE_HEAD, MIT_TEXT, repo } from '../helpers.js';

describe('first license matcher', () => {
  it.each([
    [MIT_TEXT, 'MIT'],
    [APACHE_HEAD, 'Apache-2.0'],
    ['GNU AFFERO GENERAL PUBLIC LICENSE\n Version 3, 19 November 2007', 'AGPL-3.0-only'],
    ['GNU LESSER GENERAL PUBLIC LICENSE\nVersion 2.1, February 1999', 'LGPL-2.1-only'],
    ['GNU GENERAL PUBLIC LICENSE\n   Version 2, June 1991', 'GPL-2.0-only'],
    ['Mozilla Public License Version 2.0\n==================================', 'MPL-2.0'],
    ['This is free and unencumbered software released into the public domain.', 'Unlicense'],
    ['// SPDX-License-Identifier: EUPL-1.2\n', 'EUPL-1.2'],
  ])('identifies %#', (text, spdx) => {
    expect(identifyLicenseText(text)?.spdx).toBe(spdx);
  });

  it('matches across re-wrapped lines and markdown emphasis', () => {
    const wrapped = MIT_TEXT.replace(/\n/g, ' ').replace('Permission is hereby', '**Permission** is hereby');
    expect(identifyLicenseText(wrapped)?.spdx).toBe('MIT');
  });

  it('gives up on text it does not know', () => {
    expect(identifyLicenseText('All rights reserved.')).toBeUndefined();
  });
});

describe('license facts', () => {
  it('joins LICENSE-MIT and LICENSE-APACHE as a choice (OR)', () => {
    const facts = licenseFacts(repo({ 'LICENSE-MIT': MIT_TEXT, 'LICENSE-APACHE': APACHE_HEAD }), undefined);
    expect(facts.expression).toBe('Apache-2.0 OR MIT');
    expect(facts.approved).toBe(true);
  });

  it('joins two license texts that apply together with AND', () => {
    const facts = licenseFacts(repo({ LICENSE: MIT_TEXT, 'LICENSES/Apache-2.0.txt': APACHE_HEAD }), undefined);
    expect(facts.expression).toBe('MIT AND Apache-2.0');
  });

  it('reads license fields from manifests at the root', () => {
    const facts = licenseFacts(repo({
      'pyproject.toml': '[project]\nname = "x"\nlicense = {text = "BSD-3-Clause"}\n',
      'publiccode.yml': 'legal:\n  license: AGPL-3.0-or-later\n',
    }), undefined);
    expect(facts.manifests.map((m) => [m.path, m.expression])).toEqual([
      ['pyproject.toml', 'BSD-3-Clause'],
      ['publiccode.yml', 'AGPL-3.0-or-later'],
    ]);
    expect(facts.expression).toBe('BSD-3-Clause');
  });

  it('uses the host claim only when nothing else is found, and ignores NOASSERTION', () => {
    expect(licenseFacts(repo({ 'README.md': '#' }, { meta: { licenseSpdx: 'MIT' } }), undefined).expression).toBe('MIT');
    expect(licenseFacts(repo({ 'README.md': '#' }, { meta: { licenseSpdx: 'NOASSERTION' } }), undefined).expression).toBeNull();
  });

  it('records a conflict between the license file and a manifest', () => {
    const facts = licenseFacts(repo({ LICENSE: MIT_TEXT, 'package.json': '{"license":"GPL-3.0"}' }), undefined);
    expect(facts.conflicts).toHaveLength(1);
    expect(facts.conflicts[0]?.manifest.path).toBe('package.json');
  });
});

describe('license texts that name other licenses', () => {
  it('takes the license whose title comes first, not one named later in the text', () => {
    const gpl3 = 'GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n...\n13. Use with the GNU Affero General Public License.\n'
      + 'the GNU Affero General Public License, version 3 ...';
    expect(identifyLicenseText(gpl3)?.spdx).toBe('GPL-3.0-only');
    const mpl = 'Mozilla Public License Version 2.0\n1.12. "Secondary License" means either the GNU General Public License,\n'
      + 'Version 2.0, the GNU Lesser General Public License, Version 2.1, the GNU Affero General Public License, Version 3.0';
    expect(identifyLicenseText(mpl)?.spdx).toBe('MPL-2.0');
    const lgpl3 = 'GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\nversion 3 of the GNU General Public License.';
    expect(identifyLicenseText(lgpl3)?.spdx).toBe('LGPL-3.0-only');
  });
});

describe('GNU license notices', () => {
  it('reads the "or (at your option) any later version" notice as the -or-later form', () => {
    const notice = `Copyright (c) 2017, Example LLC

This program is free software: you can redistribute it and/or modify
it under the terms of the GNU General Public License as published by
the Free Software Foundation, either version 3 of the License, or
(at your option) any later version.`;
    expect(identifyLicenseText(notice)?.spdx).toBe('GPL-3.0-or-later');
    expect(identifyLicenseText(notice.replace('General Public', 'Lesser General Public').replace('version 3', 'version 2.1'))?.spdx)
      .toBe('LGPL-2.1-or-later');
  });

  it('still reads a full GPL-3.0 text, whose appendix quotes the notice, by its title', () => {
    const full = 'GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n...\nHow to Apply These Terms\n'
      + 'under the terms of the GNU General Public License as published by the Free Software Foundation, '
      + 'either version 3 of the License, or (at your option) any later version.';
    expect(identifyLicenseText(full)?.spdx).toBe('GPL-3.0-only');
  });
});
