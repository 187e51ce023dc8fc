import { describe, expect, it } from 'vitest';
import { repairExpression } from '../../../src/licenses/declared/repair.js';

describe('repairExpression', () => {
  it.each([
    ['MIT', 'MIT', false],
    ['Apache-2.0 OR MIT', 'Apache-2.0 OR MIT', false],
    ['GPL-2.0 WITH Classpath-exception-2.0', 'GPL-2.0 WITH Classpath-exception-2.0', false],
    ['GPL-3.0', 'GPL-3.0', false],
    ['GPL-3.0+', 'GPL-3.0-or-later', true],
    ['MIT or Apache-2.0', 'MIT OR Apache-2.0', true],
    ['Apache 2', 'Apache-2.0', true],
    ['apache-2.0', 'Apache-2.0', true],
    ['mit', 'MIT', true],
    ['GPLv3+', 'GPL-3.0-or-later', true],
    ['GPLv3 or later', 'GPL-3.0-or-later', true],
    ['GNU GPL v3', 'GPL-3.0', true],
    ['GPL-2+', 'GPL-2.0-or-later', true],
    ['LGPL (>= 2.1)', 'LGPL-2.1-or-later', true],
    ['The MIT License (MIT)', 'MIT', true],
    ['New BSD License', 'BSD-3-Clause', true],
    ['BSD_3_clause + file LICENSE', 'BSD-3-Clause', true],
    ['MIT or Apache 2.0', 'MIT OR Apache-2.0', true],
    ['Eclipse Public License 2.0', 'EPL-2.0', true],
    ['European Union Public Licence 1.2', 'EUPL-1.2', true],
    ['Creative Commons Attribution-ShareAlike 4.0', 'CC-BY-SA-4.0', true],
    ['http://www.opensource.org/licenses/mit-license.php', 'MIT', true],
  ])('reads %s as %s', (written, expression, repaired) => {
    expect(repairExpression(written)).toEqual(repaired ? { expression, repairedFrom: written } : { expression });
  });

  it.each([
    ['BSD', 'a family without its variant'],
    ['GPL', 'no version'],
    ['Apache', 'no version (spdx-correct would guess Apache-2.0)'],
    ['gnu', 'spdx-correct would guess GPL-3.0-or-later'],
    ['Apache License 2.0 with Commons Clause', 'words that change the license'],
    ['Public Domain', 'not a license id'],
  ])('keeps %s invalid: %s', (written) => {
    expect(repairExpression(written)).toEqual({ expression: null, problem: 'invalid' });
  });

  it('tells proprietary, see-file and empty declarations apart', () => {
    expect(repairExpression('UNLICENSED')).toEqual({ expression: null, problem: 'proprietary' });
    expect(repairExpression('SEE LICENSE IN LICENSE.txt')).toEqual({
      expression: null,
      problem: 'see-file',
      file: 'LICENSE.txt',
    });
    expect(repairExpression('UNKNOWN')).toBeUndefined();
    expect(repairExpression('  ')).toBeUndefined();
  });
});
