/** A nominee record and its screening answers, read as the one application the DPGA holds. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../src/declarations/answers-file.js';
import { mergeScreening, screeningPathOf } from '../../src/declarations/screening.js';

describe('screeningPathOf', () => {
  it.each([
    [join('pgc', 'nominees', 'x.json'), join('pgc', 'digitalpublicgoods', 'x.json')],
    [join('pgc', 'excluded-nominees', 'x.json'), join('pgc', 'digitalpublicgoods', 'x.json')],
    [join('pgc', 'archive', 'x.json'), join('pgc', 'digitalpublicgoods', 'x.json')],
    [join('pgc', 'digitalpublicgoods', 'x.json'), undefined],
    [join('elsewhere', 'x.json'), undefined],
    [join('pgc', 'nominees', 'x.yml'), undefined],
  ])('%s -> %s', (nominee, screening) => {
    expect(screeningPathOf(nominee)).toBe(screening);
  });
});

describe('mergeScreening', () => {
  const nominee = loadAnswersFile(
    'nominees/x.json',
    '{\n  "name": "Queue",\n  "stage": "DPG",\n  "SDGs": [[3, "Health"]]\n}\n',
    true,
  );
  const screening = loadAnswersFile(
    'digitalpublicgoods/x.json',
    '{\n  "name": "Other name",\n  "privacy": { "isPrivacyCompliant": "Yes" },\n  "favourite": 1\n}\n',
    true,
  );
  const merged = mergeScreening(nominee, screening);

  it("keeps the nominee's answers and adds the screening answers it lacks, each from its own file", () => {
    expect(merged.answers).toMatchObject({ name: 'Queue', stage: 'DPG', privacy: { isPrivacyCompliant: 'Yes' } });
    expect(merged.origins).toMatchObject({
      name: 'nominees/x.json',
      SDGs: 'nominees/x.json',
      privacy: 'digitalpublicgoods/x.json',
    });
    expect(merged.locations?.get('name')).toEqual({ path: 'nominees/x.json', line: 2 });
    expect(merged.locations?.get('privacy.isPrivacyCompliant')).toEqual({ path: 'digitalpublicgoods/x.json', line: 3 });
    expect(merged.screening).toBe('digitalpublicgoods/x.json');
  });

  it('names the screening file on its own notes, and leaves the nominee notes as they were', () => {
    expect(merged.normalised?.map((n) => [n.field, n.line, n.path])).toEqual([['SDGs[0]', 4, undefined]]);
    expect(merged.warnings?.map((w) => [w.field, w.line, w.path])).toEqual([
      ['SDGs[0]', 4, undefined],
      ['favourite', 4, 'digitalpublicgoods/x.json'],
    ]);
  });
});
