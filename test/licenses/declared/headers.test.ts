import { describe, expect, it } from 'vitest';
import { declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const withHeader = (id: string) =>
  `// Copyright 2024 Example\n// SPDX-License-Identifier: ${id}\n\nexport const x = 1;\n`;

describe('SPDX-License-Identifier headers', () => {
  it('reports each distinct expression with its count and first file', () => {
    const found = declaredLicenses(
      memoryRepo({
        'src/a.ts': withHeader('Apache-2.0'),
        'src/b.ts': withHeader('Apache-2.0'),
        'src/c.py': '#!/usr/bin/env python\n# SPDX-License-Identifier: GPL-2.0+\n',
        'src/d.c': '/* SPDX-License-Identifier: MIT */\n',
        'src/e.ts': 'export const none = 1;\n',
      }),
    );
    expect(found).toMatchObject([
      {
        expression: 'Apache-2.0',
        path: 'src/a.ts',
        line: 2,
        method: 'header',
        source: 'SPDX headers (2 of 5 sampled files)',
      },
      { expression: 'GPL-2.0-or-later', repairedFrom: 'GPL-2.0+', path: 'src/c.py' },
      { expression: 'MIT', raw: 'MIT', path: 'src/d.c', line: 1 },
    ]);
  });

  it('samples at most 30 files, taking folders in turn, and reads only their first 30 lines', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`src/f${String(i).padStart(2, '0')}.js`] = withHeader('MIT');
    for (let i = 0; i < 5; i++) files[`lib/g${i}.js`] = withHeader('ISC');
    files['app/late.js'] = `${'\n'.repeat(40)}// SPDX-License-Identifier: GPL-3.0-only\n`;
    const found = declaredLicenses(memoryRepo(files));
    expect(found.map((f) => [f.expression, f.source])).toEqual([
      ['ISC', 'SPDX headers (5 of 30 sampled files)'],
      ['MIT', 'SPDX headers (24 of 30 sampled files)'],
    ]);
  });

  it('ignores files outside the sampled folders and minified bundles', () => {
    expect(
      declaredLicenses(
        memoryRepo({
          'src/deep/a.ts': withHeader('MIT'),
          'src/app.min.js': withHeader('MIT'),
          'src/notes.md': withHeader('MIT'),
        }),
      ),
    ).toEqual([]);
  });

  it('keeps an invalid identifier as invalid', () => {
    expect(
      declaredLicenses(memoryRepo({ 'main.go': '// SPDX-License-Identifier: Our-Own-Terms\npackage main\n' })),
    ).toMatchObject([{ expression: null, problem: 'invalid', raw: 'Our-Own-Terms' }]);
  });
});
