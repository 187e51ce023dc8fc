import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/platform-independence/dependency-licenses.js';
import { checks } from '../../../src/checks/index.js';
import { LOCK_GLOBS } from '../../../src/dependencies/licenses/lock-licenses.js';
import { VENDOR_GLOBS } from '../../../src/dependencies/licenses/vendored.js';
import { pathMatcher } from '../../../src/lib/paths.js';
import { wantedTexts } from '../../../src/sources/select.js';
import { MIT_TEXT, licenseText, outcomeOf, repo, runCheck } from '../../helpers.js';

interface Pkg {
  name: string;
  version?: string;
  license?: string[];
  dist?: string;
}

/** composer.lock as Composer writes it: four spaces, one array element per line. */
const composerLock = (packages: Pkg[], dev: Pkg[] = []) => {
  const entry = ({ name, version = '1.0.0', license, dist = 'zip' }: Pkg) => ({
    name,
    version,
    source: { type: 'git', url: `https://github.com/${name}.git`, reference: 'abc123' },
    dist: { type: dist, url: dist === 'path' ? 'packages/own' : `https://api.github.com/repos/${name}/zipball/abc123` },
    require: { php: '>=8.1' },
    type: 'library',
    ...(license ? { license } : {}),
    description: `The ${name} package`,
  });
  return JSON.stringify(
    {
      _readme: ['This file locks the dependencies of your project'],
      'content-hash': 'f00',
      packages: packages.map(entry),
      'packages-dev': dev.map(entry),
    },
    null,
    4,
  );
};

interface NpmPkg {
  license?: string;
  dev?: boolean;
  optional?: boolean;
  version?: string;
}

/** package-lock.json v3 with a root project that depends on every non-dev package. */
const packageLock = (
  packages: Record<string, NpmPkg>,
  rootLicense = 'UNLICENSED',
  extra: Record<string, object> = {},
) => {
  const deps = Object.fromEntries(
    Object.entries(packages)
      .filter(([, p]) => !p.dev && !p.optional)
      .map(([n]) => [n, '^1.0.0']),
  );
  const entries = Object.fromEntries(
    Object.entries(packages).map(([name, { version = '1.0.0', ...p }]) => [
      `node_modules/${name}`,
      { version, resolved: `https://registry.npmjs.org/${name}/-/${name}-${version}.tgz`, integrity: 'sha512-x', ...p },
    ]),
  );
  const root = { name: 'app', version: '0.1.0', license: rootLicense, dependencies: deps };
  return JSON.stringify(
    { name: 'app', version: '0.1.0', lockfileVersion: 3, requires: true, packages: { '': root, ...entries, ...extra } },
    null,
    2,
  );
};

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const COMMONS_CLAUSE = `${MIT_TEXT}\n\n"Commons Clause" License Condition v1.0\n\nThe Software is provided to you by the Licensor under the License, as defined below, subject to the following condition.\n`;

describe('platform-independence/dependency-licenses', () => {
  describe('composer.lock', () => {
    it('fails a runtime package under a proprietary license, at its line, and ignores packages-dev', () => {
      const text = composerLock(
        [
          { name: 'guzzlehttp/guzzle', license: ['MIT'] },
          { name: 'acme/closed-sdk', version: '2.0.0', license: ['proprietary'] },
        ],
        [{ name: 'acme/dev-tool', license: ['SSPL-1.0'] }],
      );
      expect(runCheck(check, repo({ 'composer.lock': text }))).toEqual([
        {
          outcome: 'fail',
          messageId: 'nonOpen',
          path: 'composer.lock',
          line: lineOf(text, '"acme/closed-sdk"'),
          data: {
            dependency: 'acme/closed-sdk 2.0.0',
            license: '"proprietary"',
            name: 'proprietary',
            why: expect.stringContaining('closed source'),
          },
        },
      ]);
    });

    it("passes open licenses, counting them; an array is a choice; path packages are the project's own", () => {
      const text = composerLock([
        { name: 'monolog/monolog', license: ['MIT'] },
        { name: 'drupal/core', license: ['GPL-2.0-or-later'] },
        { name: 'acme/dual', license: ['proprietary', 'BSD-3-Clause'] },
        { name: 'app/own-module', license: ['proprietary'], dist: 'path' },
        { name: 'acme/unstated' },
      ]);
      expect(runCheck(check, repo({ 'composer.lock': text }))).toEqual([
        { outcome: 'pass', messageId: 'clean', path: 'composer.lock', data: { path: 'composer.lock', count: 3 } },
      ]);
    });
  });

  describe('package-lock.json', () => {
    const text = packageLock(
      {
        express: { license: 'MIT', version: '4.19.2' },
        'mongodb-server-kit': { license: 'SSPL-1.0', version: '3.1.0' },
        'source-available-dev': { license: 'BUSL-1.1', dev: true },
        'es-optional': { license: 'Elastic-2.0', optional: true },
        'dual-choice': { license: '(MIT OR SSPL-1.0)' },
      },
      'UNLICENSED',
      {
        'packages/web': { name: 'web', version: '0.1.0', license: 'UNLICENSED' },
        'node_modules/web': { resolved: 'packages/web', link: true },
      },
    );

    it('fails SSPL at runtime, warns about an optional Elastic package, skips dev, root and workspaces', () => {
      const findings = runCheck(check, repo({ 'package-lock.json': text }));
      expect(findings.map((f) => [f.outcome, f.messageId, f.data?.dependency, f.line])).toEqual([
        ['fail', 'nonOpen', 'mongodb-server-kit 3.1.0', lineOf(text, '"node_modules/mongodb-server-kit"')],
        ['warn', 'optional', 'es-optional 1.0.0', lineOf(text, '"node_modules/es-optional"')],
      ]);
      expect(findings[0]?.data).toMatchObject({ license: '"SSPL-1.0"', name: 'Server Side Public License' });
    });

    it.each([['package-lock.json'], ['frontend/package-lock.json'], ['apps/web/npm-shrinkwrap.json']] as const)(
      'passes a clean lock at %s',
      (path) => {
        const clean = packageLock({
          react: { license: 'MIT' },
          'fast-json': { license: 'BSD-3-Clause OR Apache-2.0' },
          unlicense: { license: 'Unlicense' },
        });
        expect(runCheck(check, repo({ [path]: clean }))).toEqual([
          { outcome: 'pass', messageId: 'clean', path, data: { path, count: 3 } },
        ]);
      },
    );

    it('reads lock files at the root and one or two folders down', () => {
      const matches = pathMatcher([...LOCK_GLOBS, ...VENDOR_GLOBS]);
      expect(
        ['composer.lock', 'backend/composer.lock', 'apps/web/package-lock.json', 'npm-shrinkwrap.json'].every(matches),
      ).toBe(true);
      expect(
        ['composer.lock', 'backend/composer.lock', 'apps/web/package-lock.json', 'npm-shrinkwrap.json'].every(
          wantedTexts(checks),
        ),
      ).toBe(true);
      expect(
        ['a/b/c/package-lock.json', 'yarn.lock', 'pnpm-lock.yaml', 'Cargo.lock', 'package.json'].some(matches),
      ).toBe(false);
    });

    it.each([
      ['test/fixtures/app/package-lock.json'],
      ['examples/demo/composer.lock'],
      ['node_modules/x/package-lock.json'],
      ['a/b/c/package-lock.json'],
      // Tooling folders: development tooling, not the product (STANDARD.md Indicator 4, "Not counted").
      ['tools/translation-script/package-lock.json'],
      ['frontend/scripts/package-lock.json'],
    ] as const)('does not judge %s', (path) => {
      expect(runCheck(check, repo({ [path]: text }))).toEqual([{ outcome: 'not-applicable', messageId: 'none' }]);
    });
  });

  describe('vendored packages', () => {
    it.each([
      [
        'vendor/acme/search/LICENSE',
        licenseText('SSPL-1.0'),
        'acme/search (vendored)',
        'SSPL-1.0',
        'Server Side Public License',
      ],
      [
        'vendor/acme/cache/LICENSE.md',
        COMMONS_CLAUSE,
        'acme/cache (vendored)',
        'MIT with Commons Clause',
        'Commons Clause',
      ],
      [
        'third_party/registry/COPYING',
        'CONFLUENT COMMUNITY LICENSE AGREEMENT\nVersion 1.0\n\nThis Confluent Community License Agreement applies…\n',
        'registry (vendored)',
        'the Confluent Community License text',
        'Confluent Community License',
      ],
      ['vendor/kv/LICENSE.txt', licenseText('BUSL-1.1'), 'kv (vendored)', 'BUSL-1.1', 'Business Source License'],
    ] as const)('fails %s', (path, text, dependency, license, name) => {
      const findings = runCheck(check, repo({ [path]: text, 'vendor/guzzlehttp/guzzle/LICENSE': MIT_TEXT }));
      expect(findings).toEqual([
        {
          outcome: 'fail',
          messageId: 'nonOpen',
          path,
          line: 1,
          data: { dependency, license, name, why: expect.any(String) },
        },
      ]);
    });

    it('passes open vendored licenses per folder, counting what it could not identify', () => {
      const snapshot = repo({
        'vendor/guzzlehttp/guzzle/LICENSE': MIT_TEXT,
        'vendor/psr/log/LICENSE': MIT_TEXT,
        'vendor/odd/LICENSE': 'Do what you like, but be nice.',
        'third_party/zlib/LICENSE': licenseText('Zlib'),
      });
      expect(runCheck(check, snapshot)).toEqual([
        {
          outcome: 'pass',
          messageId: 'vendoredClean',
          path: 'third_party',
          data: { folder: 'third_party', count: 1, unidentified: 0 },
        },
        {
          outcome: 'pass',
          messageId: 'vendoredClean',
          path: 'vendor',
          data: { folder: 'vendor', count: 2, unidentified: 1 },
        },
      ]);
    });

    it('reads one or two folders under vendor/, no deeper, and never node_modules', () => {
      const matches = pathMatcher([...LOCK_GLOBS, ...VENDOR_GLOBS]);
      expect(['vendor/a/LICENSE', 'vendor/a/b/COPYING.txt', 'third_party/a/LICENSE-MIT'].every(matches)).toBe(true);
      expect(
        ['vendor/a/LICENSE', 'vendor/a/b/COPYING.txt', 'third_party/a/LICENSE-MIT'].every(wantedTexts(checks)),
      ).toBe(true);
      expect(
        ['vendor/github.com/a/b/LICENSE', 'node_modules/a/LICENSE', 'src/vendor/a/LICENSE', 'LICENSE'].some(matches),
      ).toBe(false);
    });

    it('leaves vendored packages to the lock file when it states their license or marks them dev', () => {
      const lock = composerLock(
        [{ name: 'acme/search', license: ['MIT'] }],
        [{ name: 'acme/dev-only', license: ['MIT'] }],
      );
      const snapshot = repo({
        'composer.lock': lock,
        'vendor/acme/search/LICENSE': licenseText('SSPL-1.0'),
        'vendor/acme/dev-only/LICENSE': licenseText('SSPL-1.0'),
      });
      expect(runCheck(check, snapshot)).toEqual([
        { outcome: 'pass', messageId: 'clean', path: 'composer.lock', data: { path: 'composer.lock', count: 1 } },
      ]);
    });
  });

  describe('unreadable lock files', () => {
    it.each([
      ['composer.lock', 'packages:\n  - name: acme/x\n'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{"node_modules/x":{"license":"SSPL-1.0"'],
      ['package-lock.json', '<<<<<<< HEAD\n{\n  "lockfileVersion": 3\n'],
    ] as const)('warns naming %s (case %#) without crashing', (path, text) => {
      const findings = runCheck(check, repo({ [path]: text }));
      expect(findings).toEqual([
        expect.objectContaining({
          outcome: 'warn',
          messageId: 'malformed',
          path,
          line: 1,
          data: { path, reason: expect.any(String) },
        }),
      ]);
    });

    it('warns that a lock cut at the size cap was read only in part, and still judges what it read', () => {
      const text = packageLock({ elastic: { license: 'Elastic-2.0' } }).slice(0, -8);
      const snapshot = repo(
        { 'package-lock.json': text },
        { notes: [{ path: 'package-lock.json', reason: 'truncated' }] },
      );
      expect(runCheck(check, snapshot).map((f) => [f.outcome, f.messageId])).toEqual([
        ['fail', 'nonOpen'],
        ['warn', 'truncated'],
      ]);
    });
  });

  it('is not applicable when nothing states a license', () => {
    const snapshot = repo({
      'yarn.lock': 'express@^4:\n  version "4.19.2"\n',
      'Cargo.lock': '[[package]]\nname = "serde"\n',
      'package.json': '{"dependencies":{"x":"1"}}',
    });
    expect(runCheck(check, snapshot)).toEqual([{ outcome: 'not-applicable', messageId: 'none' }]);
  });

  describe('declared answers', () => {
    const snapshot = repo({ 'composer.lock': composerLock([{ name: 'acme/closed-sdk', license: ['proprietary'] }]) });
    const desc = 'acme/closed-sdk sits behind the PaymentGateway interface; an open adapter ships in src/Gateway/Open.';

    it.each([
      ['alternatives described', 'warn', { pltIndependenceDesc: desc }, 'covered'],
      ['declared No', 'fail', { mandatoryDepsCreateMoreRestrictions: 'No' }, 'contradicts'],
      [
        'declared Yes without alternatives',
        'fail',
        { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: ' ' },
        'nonOpen',
      ],
      ['nothing declared', 'fail', {}, 'nonOpen'],
    ] as const)('%s -> %s', (_name, outcome, platformIndependence, messageId) => {
      const declaration = { platformIndependence };
      expect(outcomeOf(check, snapshot, declaration)).toBe(outcome);
      expect(runCheck(check, snapshot, declaration).map((f) => f.messageId)).toEqual([messageId]);
    });
  });

  it('stays fast on a 20,000-package lock and on hostile license values', () => {
    const many = Object.fromEntries(
      Array.from({ length: 20_000 }, (_, i) => [`pkg-${i}`, { license: i % 2 ? 'MIT' : '(MIT OR Apache-2.0)' }]),
    );
    const hostile = {
      a: { license: '('.repeat(5_000) },
      b: { license: 'SEE LICENSE IN '.repeat(500) },
      c: { license: 'MIT AND '.repeat(2_000) },
    };
    const started = performance.now();
    const findings = runCheck(check, repo({ 'package-lock.json': packageLock({ ...many, ...hostile }) }));
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(findings).toEqual([
      expect.objectContaining({ outcome: 'pass', data: { path: 'package-lock.json', count: 20_003 } }),
    ]);
  });
});
