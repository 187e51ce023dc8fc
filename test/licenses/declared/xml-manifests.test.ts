import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const read = (files: Record<string, string>) => declaredLicenses(memoryRepo(files));
const pom = (licenses: string) =>
  `<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0">\n  <artifactId>x</artifactId>\n${licenses}</project>\n`;

describe('pom.xml', () => {
  it('maps license names to SPDX and says what it repaired', () => {
    const text = pom(
      '  <licenses>\n    <license>\n      <name>The Apache Software License, Version 2.0</name>\n      <url>https://www.apache.org/licenses/LICENSE-2.0.txt</url>\n    </license>\n  </licenses>\n',
    );
    expect(read({ 'pom.xml': text })).toMatchObject([
      {
        expression: 'Apache-2.0',
        repairedFrom: 'The Apache Software License, Version 2.0',
        line: 5,
        source: 'pom.xml licenses',
      },
    ]);
  });

  it('falls back on the URL when the name is vague, and joins several licenses with OR', () => {
    const text = pom(
      [
        '<licenses>',
        '<license><name>Eclipse Public License</name><url>https://spdx.org/licenses/EPL-2.0.html</url></license>',
        '<license><name>GNU General Public License, version 2 with the GNU Classpath Exception</name></license>',
        '<license><name>MIT</name></license>',
        '</licenses>',
        '',
      ].join('\n'),
    );
    expect(read({ 'pom.xml': text })).toMatchObject([
      { expression: 'EPL-2.0 OR MIT' },
      {
        expression: null,
        problem: 'invalid',
        raw: 'GNU General Public License, version 2 with the GNU Classpath Exception',
      },
    ]);
  });

  it('ignores licenses inside comments, says nothing without <licenses>, flags a truncated POM', () => {
    expect(read({ 'pom.xml': pom('<!-- <licenses><license><name>MIT</name></license></licenses> -->\n') })).toEqual([]);
    expect(read({ 'pom.xml': '<project><licenses><license><name>MIT</name>' })).toMatchObject([
      { problem: 'unparseable' },
    ]);
  });

  it('reads the first <licenses> block only when it closes, and nothing from a POM with text after </project>', () => {
    const two = pom(
      '<licenses><license><name>MIT</name></license></licenses>\n<licenses><license><name>ISC</name></license></licenses>\n',
    );
    expect(read({ 'pom.xml': two })).toMatchObject([{ expression: 'MIT', line: 4 }]);
    expect(read({ 'pom.xml': pom('<licenses><license><name>MIT</name></license>\n') })).toEqual([]);
    expect(read({ 'pom.xml': `${pom('')}<!-- trailing comment -->\n` })).toEqual([]);
    expect(read({ 'pom.xml': `${pom('')}text` })).toMatchObject([{ problem: 'unparseable' }]);
  });
});

describe('MSBuild projects', () => {
  it.each([
    [
      'PackageLicenseExpression',
      '<PackageLicenseExpression>Apache-2.0</PackageLicenseExpression>',
      { expression: 'Apache-2.0', source: 'App.csproj PackageLicenseExpression' },
    ],
    [
      'PackageLicenseFile',
      '<PackageLicenseFile>LICENSE.txt</PackageLicenseFile>',
      { expression: null, problem: 'see-file', raw: 'LICENSE.txt' },
    ],
    [
      'PackageLicenseUrl (deprecated)',
      '<PackageLicenseUrl>https://opensource.org/licenses/MIT</PackageLicenseUrl>',
      { expression: 'MIT' },
    ],
  ])('reads %s', (_, element, expected) => {
    const text = `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    ${element}\n  </PropertyGroup>\n</Project>\n`;
    expect(read({ 'src/App.csproj': text.replace('src/', ''), 'App.csproj': text })).toMatchObject([
      { path: 'App.csproj', line: 3, ...expected },
      { path: 'src/App.csproj' },
    ]);
  });

  it('reads Directory.Build.props at the root, says nothing without a license, flags broken XML', () => {
    const props =
      '<Project>\n<PropertyGroup><PackageLicenseExpression>MIT</PackageLicenseExpression></PropertyGroup>\n</Project>';
    expect(read({ 'Directory.Build.props': props })).toMatchObject([
      { expression: 'MIT', source: 'Directory.Build.props PackageLicenseExpression' },
    ]);
    expect(read({ 'App.csproj': '<Project Sdk="x">\n</Project>\n' })).toEqual([]);
    expect(read({ 'App.csproj': '<Project Sdk="x"><PropertyGroup>' })).toMatchObject([{ problem: 'unparseable' }]);
  });

  it('reads plain properties only, not conditional or empty ones', () => {
    const props =
      '<Project>\n<PackageLicenseExpression Condition="x">GPL-3.0-only</PackageLicenseExpression>\n<PackageLicenseFile></PackageLicenseFile>\n</Project>';
    expect(read({ 'Directory.Build.props': props })).toEqual([]);
  });
});
