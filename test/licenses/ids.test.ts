import { describe, expect, it } from 'vitest';
import {
  canonicalId,
  familiesIn,
  familyOf,
  isValidExpression,
  licenseIdsIn,
  listedId,
  parseExpression,
  unversioned,
  upgradePlus,
} from '../../src/licenses/ids.js';

describe('license ids', () => {
  it('spells written names as SPDX ids', () => {
    expect(['apache-2.0', 'GPL-3', 'mit-license.php', 'MIT License'].map(canonicalId)).toEqual([
      'Apache-2.0',
      'GPL-3.0',
      'MIT',
      'MIT',
    ]);
    expect(canonicalId('not a license')).toBeUndefined();
  });

  it('puts GPL-3.0, -only, -or-later and + in one family, whatever the case', () => {
    expect(['GPL-3.0', 'GPL-3.0-only', 'GPL-3.0-or-later', 'gpl-3.0+', ' GPL-3.0-ONLY '].map(familyOf)).toEqual(
      Array(5).fill('gpl-3.0'),
    );
    expect(familyOf('LGPL-2.1-or-later')).not.toBe(familyOf('LGPL-3.0-or-later'));
    expect(familyOf('MIT')).toBe('mit');
  });

  it('names the license without its version for vague mentions, and upgrades GNU + ids', () => {
    expect(['GPL-3.0-only', 'Apache-2.0', 'MIT', 'BSD-3-Clause'].map(unversioned)).toEqual([
      'GPL',
      'Apache',
      'MIT',
      'BSD',
    ]);
    expect(upgradePlus('GPL-2.0+ OR (LGPL-2.1+ AND MIT)')).toBe('GPL-2.0-or-later OR (LGPL-2.1-or-later AND MIT)');
  });

  it('knows the ids the DPGA list files under an alias', () => {
    expect(listedId('GPL-3.0-only')).toBe('GPL-3.0');
    expect(listedId('agpl-3.0-or-later')).toBe('AGPL-3.0');
    expect(listedId('MIT')).toBe('MIT');
  });
});

describe('license expressions', () => {
  it('parses valid expressions, with WITH, + and parentheses', () => {
    expect(parseExpression('(MIT OR Apache-2.0) AND GPL-2.0+ WITH Classpath-exception-2.0')).toEqual({
      left: { left: { license: 'MIT' }, conjunction: 'or', right: { license: 'Apache-2.0' } },
      conjunction: 'and',
      right: { license: 'GPL-2.0', plus: true, exception: 'Classpath-exception-2.0' },
    });
    expect(isValidExpression('MIT or Apache-2.0')).toBe(true);
  });

  it('refuses invalid expressions without throwing', () => {
    for (const text of ['mit', 'MIT License', 'MIT AND', 'GPL-2.0 WITH no-such-exception', '(MIT', '']) {
      expect(parseExpression(text), text).toBeUndefined();
      expect(isValidExpression(text), text).toBe(false);
    }
  });

  it('lists the ids of a valid expression in order, without operators or exceptions, keeping +', () => {
    expect(licenseIdsIn('(MIT OR Apache-2.0) AND GPL-2.0+ WITH Classpath-exception-2.0')).toEqual([
      'MIT',
      'Apache-2.0',
      'GPL-2.0+',
    ]);
    expect(licenseIdsIn('LicenseRef-acme OR DocumentRef-x:LicenseRef-y')).toEqual([
      'LicenseRef-acme',
      'DocumentRef-x:LicenseRef-y',
    ]);
    expect(['GPL-2.0+', 'DocumentRef-x:LicenseRef-y', 'mit', ''].map(licenseIdsIn)).toEqual([
      ['GPL-2.0+'],
      ['DocumentRef-x:LicenseRef-y'],
      ['mit'],
      [],
    ]);
  });

  it('cuts what is not SPDX at operators, exceptions and brackets, each piece one id', () => {
    expect(licenseIdsIn('mit or Apache 2')).toEqual(['mit', 'Apache 2']);
    expect(licenseIdsIn('(GPL-2.0 WITH some-exception) AND MIT License')).toEqual(['GPL-2.0', 'MIT License']);
    expect(licenseIdsIn('   ')).toEqual([]);
  });

  it('gives the families of an expression, valid or not', () => {
    expect(familiesIn('GPL-3.0-or-later OR (MIT AND GPL-3.0-only)')).toEqual(new Set(['gpl-3.0', 'mit']));
    expect(familiesIn('LGPL-2.1+ WITH Classpath-exception-2.0')).toEqual(new Set(['lgpl-2.1']));
    expect(familiesIn('mit and GPL-2.0-only')).toEqual(new Set(['mit', 'gpl-2.0']));
  });

  it('takes a long chain apart without running out of stack', () => {
    const chain = Array.from({ length: 5_000 }, (_, i) => (i % 2 ? 'MIT' : 'ISC')).join(' OR ');
    expect(familiesIn(chain)).toEqual(new Set(['mit', 'isc']));
  });
});
