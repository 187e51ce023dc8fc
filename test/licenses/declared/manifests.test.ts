import { describe, expect, it } from 'vitest';
import { pathMatcher } from '../../../src/lib/paths.js';
import { DECLARED_LICENSE_READS, declaredLicenses } from '../../../src/licenses/declared/index.js';
import { memoryRepo } from '../../../src/sources/memory.js';

const pkg = (license: string) => JSON.stringify({ name: 'x', license });

describe('where manifests are read', () => {
  it('reads the root and one folder down, root first', () => {
    const found = declaredLicenses(
      memoryRepo({
        'api/package.json': pkg('Apache-2.0'),
        'package.json': pkg('MIT'),
        'web/composer.json': JSON.stringify({ license: 'GPL-3.0-only' }),
      }),
    );
    expect(found.map((f) => [f.path, f.expression])).toEqual([
      ['package.json', 'MIT'],
      ['api/package.json', 'Apache-2.0'],
      ['web/composer.json', 'GPL-3.0-only'],
    ]);
  });

  it('never reads vendored, test, fixture or hidden folders, nor deeper manifests', () => {
    const found = declaredLicenses(
      memoryRepo({
        'node_modules/package.json': pkg('ISC'),
        'vendor/composer.json': JSON.stringify({ license: 'BSD-2-Clause' }),
        'test/package.json': pkg('WTFPL'),
        'fixtures/Cargo.toml': '[package]\nlicense = "Zlib"\n',
        '.github/package.json': pkg('0BSD'),
        'packages/a/package.json': pkg('MPL-2.0'),
      }),
    );
    expect(found).toEqual([]);
  });

  it('asks the source for every file it reads, and only for those', () => {
    const reads = pathMatcher(DECLARED_LICENSE_READS);
    for (const path of [
      'package.json',
      'web/package.json',
      'x.gemspec',
      'src/App.csproj',
      'DESCRIPTION',
      'publiccode.yml',
      'README.md',
      'README',
      'src/main.ts',
      'lib/util.py',
      'index.js',
      '.reuse/dep5',
      'REUSE.toml',
      'Directory.Build.props',
    ]) {
      expect(reads(path), path).toBe(true);
    }
    for (const path of [
      'a/b/package.json',
      'web/publiccode.yml',
      'src/deep/main.ts',
      'docs/README.md',
      'LICENSE',
      'src/logo.png',
    ]) {
      expect(reads(path), path).toBe(false);
    }
  });
});
