import { describe, expect, it } from 'vitest';
import data from '../../src/data/dependency-manifests.json' with { type: 'json' };
import check from '../../src/checks/platform-independence/closed-dependencies.js';
import { checks } from '../../src/checks/index.js';
import { FORMATS, MANIFEST_GLOBS, formatOf, scanManifests } from '../../src/dependencies/scan.js';
import { pathMatcher } from '../../src/lib/paths.js';
import { wantedTexts } from '../../src/sources/select.js';
import { repo, runCheck } from '../helpers.js';

describe('which files are manifests', () => {
  it.each([
    ['package.json', 'package.json'],
    ['frontend/package.json', 'package.json'],
    ['apps/web/package.json', 'package.json'],
    ['apps/web/src/package.json', undefined],
    ['node_modules/firebase/package.json', undefined],
    ['packages/ui/node_modules/x/package.json', undefined],
    ['vendor/composer.json', undefined],
    ['test/fixtures/package.json', undefined],
    ['examples/demo/package.json', undefined],
    ['docs/package.json', undefined],
    ['.github/actions/release/package.json', undefined],
    ['tests/requirements.txt', undefined],
    ['requirements-dev.txt', 'requirements.txt'],
    ['requirements/base.txt', 'requirements.txt'],
    ['backend/requirements/prod.txt', 'requirements.txt'],
    ['notes.txt', undefined],
    ['backend/pyproject.toml', 'pyproject.toml'],
    ['app/build.gradle.kts', 'build.gradle'],
    ['gradle/libs.versions.toml', 'libs.versions.toml'],
    ['android/gradle/libs.versions.toml', 'libs.versions.toml'],
    ['app/src/main/AndroidManifest.xml', 'AndroidManifest.xml'],
    ['android/app/src/main/AndroidManifest.xml', 'AndroidManifest.xml'],
    ['src/Api/Api.csproj', 'csproj'],
    ['src/Api/Api.Tests.fsproj', 'csproj'],
    ['Dockerfile', 'Dockerfile'],
    ['docker/api.Dockerfile', 'Dockerfile'],
    ['Dockerfile.prod', 'Dockerfile'],
    ['dockerfile', 'Dockerfile'],
    ['deploy/compose.prod.yaml', 'compose'],
    ['infra/terraform/main.tf', 'terraform'],
    ['charts/api/Chart.yaml', 'Chart.yaml'],
    ['charts/api/values-prod.yaml', 'values.yaml'],
    ['web/.env.example', 'env'],
    ['Gemfile.lock', 'Gemfile.lock'],
    ['go.mod', 'go.mod'],
    ['go.sum', undefined],
    ['DESCRIPTION', 'DESCRIPTION'],
    ['pubspec.lock', 'pubspec.lock'],
    ['build/package.json', undefined],
    ['dist/package.json', undefined],
  ])('%s -> %s', (path, format) => {
    expect(formatOf(path)).toBe(format);
  });

  it('every format in the data file has a reader, and every reader a format', () => {
    expect(data.formats.map((f) => f.format).sort()).toEqual(Object.keys(FORMATS).sort());
  });

  it('the reads cover every path the scan would choose, and stay a named-file glob', () => {
    const reads = pathMatcher(MANIFEST_GLOBS);
    const chosen = [
      'package.json',
      'a/b/yarn.lock',
      'android/app/src/main/AndroidManifest.xml',
      'requirements/base.txt',
      'x/y/Api.csproj',
      'infra/prod/main.tf',
      'charts/api/values.yaml',
      'web/.env.example',
      'gradle/libs.versions.toml',
      'a/b/Dockerfile.worker',
    ];
    for (const path of chosen) expect(reads(path), path).toBe(true);
    const wanted = wantedTexts(checks);
    for (const path of chosen) expect(wanted(path), `the source reads ${path}`).toBe(true);
    for (const path of ['src/index.ts', 'a/b/c/package.json', 'README.md', 'notes.txt'])
      expect(reads(path), path).toBe(false);
    expect(MANIFEST_GLOBS.join(' ')).not.toMatch(/\*\*/);
  });
});

describe('tooling folders', () => {
  it('reads their manifests, marking every dependency development-only and saying why', () => {
    const scan = scanManifests(
      repo({
        'tools/translation-script/requirements.txt': 'googletrans==3.0.0\n',
        'requirements-dev.txt': 'pytest\n',
        'requirements.txt': 'flask\n',
      }),
    );
    expect(scan.scanned).toEqual([
      'requirements-dev.txt',
      'requirements.txt',
      'tools/translation-script/requirements.txt',
    ]);
    expect(scan.refs.map((r) => [r.name, r.scope ?? 'runtime', r.via])).toEqual([
      ['pytest', 'dev', 'development file'],
      ['flask', 'runtime', undefined],
      ['googletrans', 'dev', 'tooling folder tools/'],
    ]);
  });
});

/** A monorepo-shaped tree: deep source folders, a few manifests, most files far from the root. */
function bigTree(size: number): Record<string, number> {
  const folders = ['src', 'lib', 'app', 'components', 'utils', 'internal', 'pkg', 'modules', 'services', 'assets'];
  const sizes: Record<string, number> = {};
  for (let i = 0; i < size; i += 1) {
    const depth = 1 + (i % 6);
    const parts = Array.from({ length: depth - 1 }, (_, d) => `${folders[(i * 7 + d * 3) % folders.length]}${d}`);
    sizes[[...parts, `file${i}.${['ts', 'py', 'java', 'md', 'json', 'txt'][i % 6]}`].join('/')] = 100;
  }
  return sizes;
}

describe('speed', () => {
  it('a 100,000-file tree with ten manifests costs milliseconds', () => {
    const manifests = {
      'package.json': JSON.stringify({ dependencies: { express: '^4' } }),
      'apps/web/package.json': JSON.stringify({ dependencies: { 'mapbox-gl': '^3' } }),
      'apps/api/requirements.txt': 'fastapi\n',
      'docker-compose.yml': 'services:\n  db:\n    image: postgres:16\n',
    };
    const snapshot = repo(manifests, { sizes: bigTree(100_000) });
    expect(snapshot.files.length).toBeGreaterThanOrEqual(100_000);
    runCheck(check, snapshot);
    const started = performance.now();
    const findings = runCheck(check, snapshot);
    const elapsed = performance.now() - started;
    expect(findings.map((f) => f.messageId)).toEqual(['closed']);
    expect(elapsed).toBeLessThan(50);
    const matches = pathMatcher(MANIFEST_GLOBS);
    const selecting = performance.now();
    expect(snapshot.files.filter((f) => matches(f.path)).length).toBe(4);
    expect(performance.now() - selecting).toBeLessThan(500);
    expect(scanManifests(snapshot).scanned).toHaveLength(4);
  });

  it('1 MiB lock files (the size cap of the source) cost tens of milliseconds, not seconds', () => {
    const names = Array.from({ length: 3_200 }, (_, i) => (i % 7 === 0 ? `@scope${i % 50}/pkg-${i}` : `pkg-${i}`));
    const next = (i: number, k: number) => names[(i * k + 1) % names.length] ?? 'pkg-0';
    const packages = Object.fromEntries(
      names.map((n, i) => [
        `node_modules/${n}`,
        {
          version: '1.0.0',
          resolved: `https://registry.npmjs.org/${n}/-/x-1.0.0.tgz`,
          integrity: `sha512-${'A'.repeat(40)}`,
          license: 'MIT',
          ...(i % 3 === 0 ? { dev: true } : {}),
          dependencies: { [next(i, 13)]: '^1.0.0', [next(i, 17)]: '^1.0.0' },
        },
      ]),
    );
    const lock = JSON.stringify(
      {
        name: 'app',
        lockfileVersion: 3,
        packages: { '': { name: 'app', dependencies: { [names[1] ?? '']: '^1' } }, ...packages },
      },
      null,
      2,
    );
    const yarn = names
      .map(
        (n, i) =>
          `"${n}@^1.0.0":\n  version "1.0.0"\n  integrity sha512-AAAA\n  dependencies:\n    ${next(i, 13)} "^1.0.0"\n`,
      )
      .join('\n');
    const snapshot = repo({
      'package.json': JSON.stringify({ dependencies: { [names[1] ?? '']: '^1' } }),
      'package-lock.json': lock,
      'yarn.lock': yarn,
    });
    expect(lock.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    expect(runCheck(check, snapshot).map((f) => f.messageId)).toEqual(['devSkipped', 'clean', 'clean', 'clean']);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
