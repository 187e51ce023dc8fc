import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/lib/regexp.js';

describe('escapeRegExp', () => {
  it.each([
    'C++',
    'Node.js (LTS)',
    '[INSERT CONTACT METHOD]',
    'a|b',
    '^$',
    '{name}',
    'a*b?',
    'back\\slash',
    '@apollo/server',
  ])('makes %s match only itself', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
    expect(re.test(`${text}x`)).toBe(false);
  });

  it('leaves ordinary text and whitespace as they are', () => {
    expect(escapeRegExp('Zero Hunger')).toBe('Zero Hunger');
  });

  it('escapes the metacharacters themselves, not their neighbours', () => {
    expect(escapeRegExp('1.5+2')).toBe('1\\.5\\+2');
    expect(new RegExp(escapeRegExp('1.5')).test('105')).toBe(false);
  });
});
