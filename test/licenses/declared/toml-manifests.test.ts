import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const read = (files: Record<string, string>) => declaredLicenses(memoryRepo(files));

describe('pyproject.toml', () => {
  it.each([
    [
      'PEP 639 expression',
      '[project]\nname = "x"\nlicense = "MIT"\n',
      { expression: 'MIT', line: 3, source: 'pyproject.toml [project] license' },
    ],
    [
      'PEP 621 {text}',
      '[project]\nlicense = { text = "Apache License 2.0" }\n',
      { expression: 'Apache-2.0', repairedFrom: 'Apache License 2.0' },
    ],
    ['license-expression', "[project]\nlicense-expression = 'BSD-3-Clause'\n", { expression: 'BSD-3-Clause' }],
    [
      'Poetry',
      '[tool.poetry]\nname = "x"\nlicense = "GPL-3.0-or-later"\n',
      { expression: 'GPL-3.0-or-later', source: 'pyproject.toml [tool.poetry] license' },
    ],
    [
      '{file}',
      '[project]\nlicense = {file = "LICENSE.txt"}\n',
      { expression: null, problem: 'see-file', raw: 'LICENSE.txt' },
    ],
  ])('reads %s', (_, text, expected) => {
    expect(read({ 'pyproject.toml': text })).toMatchObject([
      { path: 'pyproject.toml', method: 'manifest', ...expected },
    ]);
  });

  it('reads license classifiers from a multi-line array, one record each', () => {
    const text = [
      '[project]',
      'name = "x"',
      'classifiers = [',
      '  "Programming Language :: Python :: 3",',
      '  "License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)",',
      '  "License :: OSI Approved :: BSD License",',
      ']',
      '',
    ].join('\n');
    expect(read({ 'pyproject.toml': text })).toMatchObject([
      {
        expression: 'GPL-3.0-or-later',
        source: 'pyproject classifiers',
        repairedFrom: 'License :: OSI Approved :: GNU General Public License v3 or later (GPLv3+)',
      },
      { expression: null, problem: 'invalid', raw: 'License :: OSI Approved :: BSD License' },
    ]);
  });

  it('ignores other tables and says nothing without a license', () => {
    expect(read({ 'pyproject.toml': '[tool.black]\nlicense = "MIT"\n[project]\nname = "x"\n' })).toEqual([]);
  });

  it('reports text that is not TOML as unparseable, with the line', () => {
    expect(read({ 'pyproject.toml': '[project]\nname = "x"\nthis is not toml\n' })).toMatchObject([
      { problem: 'unparseable', line: 3, raw: 'this is not toml' },
    ]);
    expect(read({ 'pyproject.toml': '[project]\nclassifiers = [\n "a",\n' })).toMatchObject([
      { problem: 'unparseable', line: 2 },
    ]);
  });
});

describe('Cargo.toml', () => {
  it.each([
    [
      'license',
      '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n',
      { expression: 'MIT OR Apache-2.0', source: 'Cargo.toml [package] license' },
    ],
    [
      'the legacy slash form',
      '[package]\nlicense = "MIT/Apache-2.0"\n',
      { expression: 'MIT OR Apache-2.0', repairedFrom: 'MIT/Apache-2.0' },
    ],
    [
      'license-file',
      '[package]\nlicense-file = "LICENSE-CUSTOM"\n',
      { expression: null, problem: 'see-file', raw: 'LICENSE-CUSTOM' },
    ],
    ['workspace.package', '[workspace.package]\nlicense = "Apache-2.0"\n', { expression: 'Apache-2.0' }],
  ])('reads %s', (_, text, expected) => {
    expect(read({ 'Cargo.toml': text })).toMatchObject([{ path: 'Cargo.toml', ...expected }]);
  });

  it('skips an inherited license and a missing one, and flags broken TOML', () => {
    expect(read({ 'Cargo.toml': '[package]\nlicense.workspace = true\n[dependencies]\nserde = "1"\n' })).toEqual([]);
    expect(read({ 'Cargo.toml': '[package\nlicense = "MIT"\n' })).toMatchObject([{ problem: 'unparseable', line: 1 }]);
  });
});
