import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const read = (files: Record<string, string>) => declaredLicenses(memoryRepo(files));

describe('setup.cfg', () => {
  it('reads [metadata] license and the classifiers under it', () => {
    const text = [
      '[metadata]',
      'name = x',
      'license = BSD 3-Clause',
      'classifiers =',
      '    Development Status :: 4 - Beta',
      '    License :: OSI Approved :: MIT License',
      '',
      '[options]',
      'license = GPL',
      '',
    ].join('\n');
    expect(read({ 'setup.cfg': text })).toMatchObject([
      { expression: 'BSD-3-Clause', repairedFrom: 'BSD 3-Clause', line: 3, source: 'setup.cfg [metadata] license' },
      { expression: 'MIT', line: 6, source: 'setup.cfg classifiers' },
    ]);
  });

  it('reports "License :: Other/Proprietary License" as proprietary', () => {
    expect(read({ 'setup.cfg': '[metadata]\nclassifiers =\n  License :: Other/Proprietary License\n' })).toMatchObject([
      { expression: null, problem: 'proprietary' },
    ]);
  });

  it('says nothing without [metadata] license, and flags a file that is not INI', () => {
    expect(read({ 'setup.cfg': '[flake8]\nmax-line-length = 100\n' })).toEqual([]);
    expect(read({ 'setup.cfg': '[metadata]\nname = x\n<<<<<<< HEAD\n' })).toMatchObject([
      { problem: 'unparseable', line: 3 },
    ]);
  });
});

describe('setup.py', () => {
  it('reads the license= literal and license classifiers, not computed values', () => {
    const text = [
      'from setuptools import setup',
      'setup(',
      '    name="x",',
      "    license='Apache License 2.0',",
      '    classifiers=[',
      '        "License :: OSI Approved :: Apache Software License",',
      '    ],',
      ')',
      "other(license=about['license'])",
    ].join('\n');
    expect(read({ 'setup.py': text })).toMatchObject([
      { expression: 'Apache-2.0', line: 4, source: 'setup.py license', repairedFrom: 'Apache License 2.0' },
      { expression: 'Apache-2.0', line: 6, source: 'setup.py classifiers' },
    ]);
  });

  it('says nothing when setup() names no license', () => {
    expect(read({ 'setup.py': 'setup(name="x")\n' })).toEqual([]);
  });
});

describe('setup.py license given as a module-level constant', () => {
  const setupPy = (constant: string, use: string) =>
    [
      'import os',
      'from setuptools import setup',
      '',
      `${constant}`,
      "VERSION = '1.4'",
      '',
      'if __name__ == "__main__":',
      '    setup(',
      '        name="survey-kit",',
      '        version=VERSION,',
      `        ${use}`,
      '    )',
      '',
    ].join('\n');

  it.each([
    ['a GNU short name', "LICENSE = 'GPLv3+'", 'license=LICENSE,', 'GPL-3.0-or-later', 4],
    ['an SPDX id, double-quoted', 'PKG_LICENSE = "Apache-2.0"  # see LICENSE', 'license=PKG_LICENSE,', 'Apache-2.0', 4],
    ['license_expression', "SPDX = 'MIT'", 'license_expression=SPDX)', 'MIT', 4],
  ])('resolves %s', (_name, constant, use, expression, line) => {
    expect(read({ 'setup.py': setupPy(constant, use) })).toMatchObject([
      { expression, line, source: expect.stringMatching(/^setup\.py license/) },
    ]);
  });

  it.each([
    ['a name never assigned', "OTHER = 'MIT'", 'license=LICENSE,'],
    ['a name assigned only inside a function', "def f():\n    LICENSE = 'MIT'", 'license=LICENSE,'],
    ['a computed value', "LICENSE = about['license']", 'license=LICENSE,'],
  ])('reads nothing from %s', (_name, constant, use) => {
    expect(read({ 'setup.py': setupPy(constant, use) })).toEqual([]);
  });
});
