import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const DEP5 = `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: x
Source: https://example.org/x

Files: docs/* images/*.png
 assets/*
Copyright: 2024 Example
License: CC-BY-4.0

Files: vendor/lib.js
Copyright: Someone
License: GPL-2+

License: GPL-2+
 This program is free software; the whole text of the license.
`;

const REUSE_TOML = `version = 1
SPDX-PackageName = "x"

[[annotations]]
path = ["docs/**", "*.md"]
precedence = "aggregate"
SPDX-FileCopyrightText = "2024 Example"
SPDX-License-Identifier = "CC-BY-SA-4.0"

[[annotations]]
path = "data/**"
SPDX-License-Identifier = "CC0-1.0 OR MIT"
`;

describe('REUSE', () => {
  it('reads .reuse/dep5 Files/License stanzas with the paths they cover', () => {
    expect(declaredLicenses(memoryRepo({ '.reuse/dep5': DEP5 }))).toEqual([
      {
        expression: 'CC-BY-4.0',
        raw: 'CC-BY-4.0',
        path: '.reuse/dep5',
        line: 8,
        method: 'reuse',
        source: '.reuse/dep5',
        covers: 'docs/* images/*.png assets/*',
      },
      {
        expression: 'GPL-2.0-or-later',
        raw: 'GPL-2+',
        repairedFrom: 'GPL-2+',
        path: '.reuse/dep5',
        line: 12,
        method: 'reuse',
        source: '.reuse/dep5',
        covers: 'vendor/lib.js',
      },
    ]);
  });

  it('reads REUSE.toml annotations', () => {
    expect(declaredLicenses(memoryRepo({ 'REUSE.toml': REUSE_TOML }))).toMatchObject([
      { expression: 'CC-BY-SA-4.0', line: 8, source: 'REUSE.toml', covers: 'docs/** *.md' },
      { expression: 'CC0-1.0 OR MIT', line: 12, covers: 'data/**' },
    ]);
  });

  it('takes the ids of LICENSES/ from the file names, with what dep5 and REUSE.toml say they cover', () => {
    const found = declaredLicenses(
      memoryRepo({
        'REUSE.toml': REUSE_TOML,
        'LICENSES/MIT.txt': 'MIT text',
        'LICENSES/LicenseRef-Custom.txt': 'x',
        'LICENSES/apache-2.0.txt': 'x',
      }),
    );
    expect(found.filter((f) => f.source === 'LICENSES/ folder')).toEqual([
      {
        expression: 'LicenseRef-Custom',
        raw: 'LicenseRef-Custom',
        path: 'LICENSES/LicenseRef-Custom.txt',
        line: 1,
        method: 'reuse',
        source: 'LICENSES/ folder',
      },
      {
        expression: 'MIT',
        raw: 'MIT',
        path: 'LICENSES/MIT.txt',
        line: 1,
        method: 'reuse',
        source: 'LICENSES/ folder',
        covers: 'data/**',
      },
      {
        expression: 'Apache-2.0',
        raw: 'apache-2.0',
        repairedFrom: 'apache-2.0',
        path: 'LICENSES/apache-2.0.txt',
        line: 1,
        method: 'reuse',
        source: 'LICENSES/ folder',
      },
    ]);
  });

  it('flags a dep5 or REUSE.toml it cannot read, keeping what came before the bad line', () => {
    expect(
      declaredLicenses(memoryRepo({ '.reuse/dep5': 'Files: *\nLicense: MIT\n\nthis is not a field\n' })),
    ).toMatchObject([
      { expression: 'MIT', covers: '*' },
      { problem: 'unparseable', line: 4, raw: 'this is not a field' },
    ]);
    expect(declaredLicenses(memoryRepo({ 'REUSE.toml': '[[annotations]\npath = "x"\n' }))).toMatchObject([
      { problem: 'unparseable', line: 1 },
    ]);
  });
});
