import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const read = (files: Record<string, string>) => declaredLicenses(memoryRepo(files));

describe('*.gemspec', () => {
  it.each([
    ['license =', "  spec.license = 'MIT'", { expression: 'MIT', line: 2 }],
    [
      'licenses = [...]',
      '  s.licenses = ["MIT", "Apache 2.0"]',
      { expression: 'MIT OR Apache-2.0', repairedFrom: 'MIT OR Apache 2.0' },
    ],
    ['licenses = %w[...]', '  s.licenses = %w[GPL-2.0 Ruby]', { expression: 'GPL-2.0 OR Ruby' }],
  ])('reads %s', (_, line, expected) => {
    expect(read({ 'x.gemspec': `Gem::Specification.new do |spec|\n${line}\nend\n` })).toMatchObject([
      { path: 'x.gemspec', source: 'gemspec license', ...expected },
    ]);
  });

  it('says nothing without a license', () => {
    expect(read({ 'x.gemspec': 'Gem::Specification.new do |s|\n  s.name = "x"\nend\n' })).toEqual([]);
  });
});

describe('mix.exs', () => {
  it('reads Hex package licenses', () => {
    const text = 'defp package do\n  [\n    licenses: ["Apache-2.0"],\n    links: %{}\n  ]\nend\n';
    expect(read({ 'mix.exs': text })).toMatchObject([
      { expression: 'Apache-2.0', line: 3, source: 'mix.exs licenses' },
    ]);
    expect(read({ 'mix.exs': 'defmodule X.MixProject do\nend\n' })).toEqual([]);
  });
});

describe('R DESCRIPTION', () => {
  it.each([
    ['GPL (>= 3)', 'GPL-3.0-or-later'],
    ['GPL-2 | GPL-3', 'GPL-2.0-only OR GPL-3.0-only'],
    ['MIT + file LICENSE', 'MIT'],
    ['LGPL (>= 2.1)', 'LGPL-2.1-or-later'],
    ['Apache License (== 2.0)', 'Apache-2.0'],
    ['CC BY 4.0', 'CC-BY-4.0'],
  ])('reads License: %s as %s', (value, expression) => {
    const text = `Package: x\nTitle: X\nLicense: ${value}\nEncoding: UTF-8\n`;
    expect(read({ DESCRIPTION: text })).toMatchObject([
      { expression, repairedFrom: value, line: 3, source: 'DESCRIPTION License' },
    ]);
  });

  it('points at the file for "file LICENSE", reads continuation lines, flags a broken file', () => {
    expect(read({ DESCRIPTION: 'Package: x\nLicense: file LICENSE\n' })).toMatchObject([
      { problem: 'see-file', source: 'DESCRIPTION License, see LICENSE' },
    ]);
    expect(read({ DESCRIPTION: 'Package: x\nLicense: MIT +\n    file LICENSE\n' })).toMatchObject([
      { expression: 'MIT' },
    ]);
    expect(read({ DESCRIPTION: 'Package: x\nno colon here\n' })).toMatchObject([{ problem: 'unparseable', line: 2 }]);
    expect(read({ DESCRIPTION: 'Package: x\nTitle: X\n' })).toEqual([]);
  });
});

describe('publiccode.yml and pubspec.yaml', () => {
  it('reads publiccode legal.license', () => {
    const text = 'publiccodeYmlVersion: "0.2"\nname: x\nlegal:\n  license: AGPL-3.0-or-later\n  repoOwner: City\n';
    expect(read({ 'publiccode.yml': text })).toMatchObject([
      { expression: 'AGPL-3.0-or-later', line: 4, source: 'publiccode.yml legal.license' },
    ]);
  });

  it('says nothing without legal.license, flags YAML that does not parse', () => {
    expect(read({ 'publiccode.yml': 'name: x\nlegal:\n  repoOwner: y\n' })).toEqual([]);
    expect(read({ 'publiccode.yml': 'legal:\n  license: [MIT\n' })).toMatchObject([{ problem: 'unparseable' }]);
  });

  it('skips pubspec.yaml unless it has a license field', () => {
    expect(read({ 'pubspec.yaml': 'name: app\nversion: 1.0.0\n' })).toEqual([]);
    expect(read({ 'pubspec.yaml': 'name: app\nlicense: BSD-3-Clause\n' })).toMatchObject([
      { expression: 'BSD-3-Clause', line: 2 },
    ]);
  });
});
