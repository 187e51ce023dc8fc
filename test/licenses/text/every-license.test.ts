/** Every indexed license's own text, re-wrapped, is identified as that license and nothing else. */
import { describe, expect, it } from 'vitest';
import index from '../../../src/data/license-index.json' with { type: 'json' };
import { identifyLicenseTexts } from '../../../src/licenses/text/index.js';
import { rewrap, spdxText } from './spdx-texts.js';

const ids = (index as { licenses: { id: string }[] }).licenses.map((l) => l.id);

describe('every indexed license', () => {
  it.each(ids)('%s', (id) => {
    const matches = identifyLicenseTexts(rewrap(spdxText(id), 70));
    expect(matches.filter((m) => m.kind === 'full-text').map((m) => m.spdx)).toEqual([id]);
  });
});
