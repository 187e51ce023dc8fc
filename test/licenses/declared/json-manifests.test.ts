import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const read = (files: Record<string, string>) => declaredLicenses(memoryRepo(files));
const pkg = (fields: object) => JSON.stringify({ name: 'x', version: '1.0.0', ...fields }, null, 2);

describe('package.json', () => {
  it.each([
    [
      'an SPDX expression',
      { license: 'MIT OR Apache-2.0' },
      { expression: 'MIT OR Apache-2.0', raw: 'MIT OR Apache-2.0', line: 4 },
    ],
    ['a repairable name', { license: 'Apache 2' }, { expression: 'Apache-2.0', repairedFrom: 'Apache 2' }],
    ['a deprecated GNU plus', { license: 'GPL-3.0+' }, { expression: 'GPL-3.0-or-later', repairedFrom: 'GPL-3.0+' }],
    [
      'the legacy {type} object',
      { license: { type: 'MIT', url: 'https://x' } },
      { expression: 'MIT', source: 'package.json license (legacy {type})' },
    ],
    [
      'an array in license',
      { license: ['MIT', 'GPL-2.0-only'] },
      { expression: 'MIT OR GPL-2.0-only', source: 'package.json license (array)' },
    ],
    [
      'UNLICENSED (proprietary)',
      { license: 'UNLICENSED' },
      { expression: null, problem: 'proprietary', raw: 'UNLICENSED' },
    ],
    [
      'SEE LICENSE IN <file>',
      { license: 'SEE LICENSE IN EULA.md' },
      { expression: null, problem: 'see-file', source: 'package.json license, see EULA.md' },
    ],
    [
      'an unrepairable value',
      { license: 'Our own terms' },
      { expression: null, problem: 'invalid', raw: 'Our own terms' },
    ],
  ])('reads %s', (_, fields, expected) => {
    const [found, ...rest] = read({ 'package.json': pkg(fields) });
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ path: 'package.json', method: 'manifest', ...expected });
  });

  it('joins the legacy licenses array with OR and keeps the entries it cannot read apart', () => {
    const found = read({
      'package.json': pkg({ licenses: [{ type: 'MIT' }, { type: 'Apache 2.0' }, { type: 'Custom' }] }),
    });
    expect(found).toMatchObject([
      {
        expression: 'MIT OR Apache-2.0',
        raw: 'MIT OR Apache 2.0',
        repairedFrom: 'MIT OR Apache 2.0',
        source: 'package.json licenses (legacy array)',
      },
      { expression: null, raw: 'Custom', problem: 'invalid' },
    ]);
  });

  it('says nothing when the field is missing or UNKNOWN', () => {
    expect(read({ 'package.json': pkg({}) })).toEqual([]);
    expect(read({ 'package.json': pkg({ license: 'UNKNOWN' }) })).toEqual([]);
  });

  it.each([
    ['broken JSON', '{ "license": "MIT", '],
    ['an array', '["MIT"]'],
    ['an empty file', ''],
  ])('reports %s as unparseable', (_, text) => {
    expect(read({ 'package.json': text })).toMatchObject([
      { expression: null, problem: 'unparseable', path: 'package.json', line: 1 },
    ]);
  });
});

describe('composer.json', () => {
  it.each([
    ['a string', { license: 'GPL-2.0-or-later' }, { expression: 'GPL-2.0-or-later' }],
    [
      'an array (either)',
      { license: ['LGPL-2.1-only', 'GPL-3.0-or-later'] },
      { expression: 'LGPL-2.1-only OR GPL-3.0-or-later' },
    ],
    ['proprietary', { license: 'proprietary' }, { expression: null, problem: 'proprietary' }],
  ])('reads %s', (_, fields, expected) => {
    expect(read({ 'composer.json': JSON.stringify(fields) })).toMatchObject([
      { source: 'composer.json license', ...expected },
    ]);
  });

  it('says nothing without a license and flags broken JSON', () => {
    expect(read({ 'composer.json': '{"name": "a/b"}' })).toEqual([]);
    expect(read({ 'composer.json': '{"license": MIT}' })).toMatchObject([{ problem: 'unparseable' }]);
  });
});
