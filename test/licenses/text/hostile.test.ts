/** Bad input: empty, garbage, binary and huge hostile texts give an empty answer or a bounded one, never a throw. */
import { describe, expect, it } from 'vitest';
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { spdxText } from './spdx-texts.js';

const MIB = 1024 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(MIB / unit.length)).slice(0, MIB);

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\n  \n'],
    ['a link target', '../LICENSE.md'],
    ['a single word', 'LICENSE'],
    [
      'prose about something else',
      'This repository holds the data pipeline. Run make to build it, then open the dashboard in a browser.\n',
    ],
    [
      'a Spanish institutional license that is in no catalogue',
      'Licencia de Software\n\nPor medio de la presente licencia no exclusiva, revocable, global y libre de regalías el Banco otorga permiso al usuario para reproducir el software, siempre que sea para fines no comerciales.\n',
    ],
  ])('%s: nothing identified', (_name, text) => {
    expect(identifyLicenseTexts(text)).toEqual([]);
  });

  it('treats binary content as no license text', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(identifyLicenseTexts(bytes)).toEqual([]);
    expect(identifyLicenseTexts(`\u0000\u0001PK\u0003\u0004${spdxText('MIT')}`)).toEqual([]);
  });

  it.each([
    ['list markers', fill('(a) ')],
    ['an unclosed placeholder', fill('<')],
    ['one endless line', fill('a')],
    ['opening words of a variable region', fill('neither the name of ')],
    ['copyright lines', fill('Copyright (c) 2020 Example,\n')],
    ['SPDX tags', fill('SPDX-License-Identifier: MIT\n')],
    ['notice openings', fill('licensed under the gnu general public license ')],
    ['separators', fill('-----\n')],
    ['end-of-terms markers', fill('END OF TERMS AND CONDITIONS\n')],
    ['dotted numbers without a space', fill('1.1.')],
    ['a separator that never ends', `${fill('- ')}x`],
    ['URLs and entities', fill('https://example.org/a&amp;[b](c) ')],
    ['the MIT license over and over', fill(`${spdxText('MIT')}\n`)],
    ['the GPL-3.0 over and over', fill(`${spdxText('GPL-3.0-only')}\n`)],
    ['words of many licenses shuffled', fill(`${spdxText('Apache-2.0').split(/\s+/).reverse().join(' ')} `)],
  ])('1 MiB of %s: answers in bounded time', (_name, text) => {
    const start = performance.now();
    const matches = identifyLicenseTexts(text);
    expect(performance.now() - start).toBeLessThan(3000);
    expect(Array.isArray(matches)).toBe(true);
    expect(matches.length).toBeLessThan(25);
  });

  it('still finds the license at the start of a huge file', () => {
    const text = `${spdxText('MIT')}\n\n${fill('Some very long changelog entry that goes on. ')}`;
    expect(identifyLicenseTexts(text)[0]).toMatchObject({ spdx: 'MIT', line: 1 });
  });
});
