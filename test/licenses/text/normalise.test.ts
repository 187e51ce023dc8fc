/** Normalisation per the SPDX License List Matching Guidelines: what counts as the same text. */
import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/licenses/text/normalise.js';

const words = (text: string) => normalise(text).words.join(' ');

describe('normalise', () => {
  it('ignores case, punctuation, quotes, markup and whitespace', () => {
    expect(words('**THE SOFTWARE** is provided “AS IS”,\n  _without_   `warranty`.')).toBe(
      words('The software is provided "as is" without warranty'),
    );
  });

  it('treats varietal spellings and equivalent phrases as the same word', () => {
    expect(words('The Licence is licenced by the organisation, per cent; sub-license; non-commercial')).toBe(
      words('The License is licensed by the organization, percent; sublicense; noncommercial'),
    );
    expect(words('https://example.org/x')).toBe(words('http://example.org/x'));
  });

  it('drops bullets and list numbering wherever a line wraps', () => {
    expect(words('under section\n7. This requirement')).toBe(words('under section 7. This requirement'));
    expect(words('1. Definitions.\n(a) You must\n- item\n* item\niv) four')).toBe(
      'definitions you must item item four',
    );
    expect(words('Version 2.0 of the License')).toBe('version 2 0 of the license');
  });

  it('drops copyright statements, "All rights reserved" and placeholders, but keeps "copyright notice" prose', () => {
    const text =
      'Copyright (c) 2017, Example Agency,\nExample Centre (EC)\n© 2021 Someone\nAll rights reserved.\n\nRedistributions must retain the above\ncopyright notice. Copyright <year> <owner>. [yyyy]';
    expect(words(text)).toBe('redistributions must retain the above copyright notice copyright');
    expect(normalise(text).copyrightLines).toEqual([1, 2, 3]);
  });

  it('keeps a list item "(c)" that is not a copyright statement', () => {
    expect(words('(c) You must retain, in the Source form')).toBe('you must retain in the source form');
  });

  it('drops the variable parts of BSD-style templates', () => {
    expect(words('Neither the name of Example Corp, Inc. nor the names of its contributors may be used')).toBe(
      words('Neither the name of the copyright holder nor the names of its contributors may be used'),
    );
    expect(words('IN NO EVENT SHALL THE REGENTS OR CONTRIBUTORS BE LIABLE')).toBe(
      words('in no event shall the copyright holder be liable'),
    );
  });

  it('marks the end of terms and drops the marker', () => {
    const result = normalise('last words of the terms.\n\nEND OF TERMS AND CONDITIONS\n\nAPPENDIX: How to apply');
    expect(result.words.join(' ')).toBe('last words of the terms appendix how to apply');
    expect(result.ends).toEqual([5]);
  });

  it('records lines and separator-delimited sections', () => {
    const result = normalise('first line\n\n-----\nsecond part');
    expect(result.lines).toEqual([1, 1, 4, 4]);
    expect(result.sections).toEqual([0, 0, 1, 1]);
  });
});
