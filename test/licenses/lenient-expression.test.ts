import { describe, expect, it } from 'vitest';
import { parseLenientExpression } from '../../src/licenses/lenient-expression.js';

describe('lenient license expressions', () => {
  it('reads ids spdx-expression-parse does not know, in any case, keeping + in the id', () => {
    expect(parseLenientExpression('UNLICENSED')).toEqual({ license: 'UNLICENSED' });
    expect(parseLenientExpression('mit or GPL-2.0+')).toEqual({
      left: { license: 'mit' },
      conjunction: 'or',
      right: { license: 'GPL-2.0+' },
    });
    expect(parseLenientExpression('Apache-2.0 WITH Commons-Clause')).toEqual({
      license: 'Apache-2.0',
      exception: 'Commons-Clause',
    });
  });

  it('binds AND tighter than OR, groups from the left, and follows parentheses', () => {
    expect(parseLenientExpression('A OR B AND C')).toEqual({
      left: { license: 'A' },
      conjunction: 'or',
      right: { left: { license: 'B' }, conjunction: 'and', right: { license: 'C' } },
    });
    expect(parseLenientExpression('A AND B AND C')).toEqual({
      left: { left: { license: 'A' }, conjunction: 'and', right: { license: 'B' } },
      conjunction: 'and',
      right: { license: 'C' },
    });
    expect(parseLenientExpression('(A OR B) AND C')).toEqual({
      left: { left: { license: 'A' }, conjunction: 'or', right: { license: 'B' } },
      conjunction: 'and',
      right: { license: 'C' },
    });
  });

  it('is undefined for values that are not expressions, and for very long ones', () => {
    for (const value of [
      'SEE LICENSE IN EULA.txt',
      'MIT + Commons Clause',
      '((MIT',
      'MIT AND',
      'WITH x',
      '',
      `${'MIT OR '.repeat(40)}MIT`,
    ]) {
      expect(parseLenientExpression(value), value).toBeUndefined();
    }
  });
});
