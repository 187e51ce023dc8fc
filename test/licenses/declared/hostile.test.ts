import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const MIB = 1024 * 1024;
const timed = (files: Record<string, string>) => {
  const repo = memoryRepo(files);
  const start = performance.now();
  const found = declaredLicenses(repo);
  return { found, ms: performance.now() - start };
};

describe('hostile input', () => {
  it.each([
    ['README of repeated license names', { 'README.md': `## License\n\n${'GPL Apache BSD CC BY '.repeat(MIB / 21)}` }],
    ['README of whitespace after a name', { 'README.md': `## License\n\nApache${' '.repeat(MIB)}x\n` }],
    ['README of headings', { 'README.md': '## License\n'.repeat(MIB / 11) }],
    ['README of one badge-like line', { 'README.md': `img.shields.io/badge/${'license-'.repeat(MIB / 8)}` }],
    ['pom.xml of unclosed comments', { 'pom.xml': `<project>${'<!--'.repeat(MIB / 4)}` }],
    [
      'pom.xml with a huge licenses block',
      { 'pom.xml': `<project><licenses>${'<license><name>'.repeat(MIB / 15)}</licenses></project>` },
    ],
    ['pyproject.toml of brackets', { 'pyproject.toml': `[project]\nclassifiers = ${'['.repeat(MIB)}` }],
    ['setup.py of quotes', { 'setup.py': `license=${'"'.repeat(MIB)}` }],
    ['a header file of one long line', { 'src/a.ts': `// SPDX-License-Identifier: ${'MIT OR '.repeat(MIB / 7)}` }],
    ['.reuse/dep5 of continuation lines', { '.reuse/dep5': `Files: *\n${' x\n'.repeat(MIB / 3)}License: MIT\n` }],
  ])('reads %s quickly and without throwing', (_, files) => {
    const { ms } = timed(files);
    expect(ms).toBeLessThan(2000);
  });

  it('reads a README that is binary noise without inventing licenses', () => {
    let noise = '';
    for (let i = 0; i < 50_000; i++) noise += String.fromCharCode(33 + ((i * 7919) % 90));
    expect(timed({ 'README.md': noise }).found.every((f) => f.method === 'readme')).toBe(true);
  });
});
