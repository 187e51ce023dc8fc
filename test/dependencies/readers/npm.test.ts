import { describe, expect, it } from 'vitest';
import type { DepRef, Parsed } from '../../../src/dependencies/dep-ref.js';
import { packageJson } from '../../../src/dependencies/readers/json-manifests.js';
import { packageLock, pnpmLock, yarnLock } from '../../../src/dependencies/readers/npm-locks.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { repo } from '../../helpers.js';

/** name -> [scope, transitive] for a compact comparison. */
const shape = (parsed: Parsed) =>
  Object.fromEntries(parsed.refs.map((r: DepRef) => [r.name, [r.scope ?? '?', r.transitive === true]]));

const PACKAGE_JSON = `{
  "name": "field-reports-web",
  "private": true,
  "dependencies": {
    "react": "^18.2.0",
    "firebase": "^10.7.1",
    "maplibre-gl": "npm:maplibre-gl@^3.6.2"
  },
  "peerDependencies": {
    "@react-native-firebase/app": "^18.0.0",
    "mapbox-gl": ">=2"
  },
  "peerDependenciesMeta": {
    "mapbox-gl": { "optional": true }
  },
  "optionalDependencies": {
    "@sentry/browser": "^7.80.0"
  },
  "devDependencies": {
    "firebase-tools": "^13.0.0",
    "vite": "^5.0.0"
  }
}
`;

describe('package.json', () => {
  it('classifies dependencies, peers, optional peers, optionalDependencies and devDependencies', () => {
    const parsed = packageJson(PACKAGE_JSON, 'package.json');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual({
      react: ['runtime', false],
      firebase: ['runtime', false],
      'maplibre-gl': ['runtime', false],
      '@react-native-firebase/app': ['runtime', false],
      'mapbox-gl': ['optional', false],
      '@sentry/browser': ['optional', false],
      'firebase-tools': ['dev', false],
      vite: ['dev', false],
    });
    expect(parsed.refs.find((r) => r.name === 'firebase')).toMatchObject({ line: 6, version: '^10.7.1' });
    expect(parsed.refs.find((r) => r.name === 'mapbox-gl')).toMatchObject({ via: 'peerDependenciesMeta optional' });
  });

  it('reports broken JSON with the line of the error, and does not throw', () => {
    const parsed = packageJson('{\n  "dependencies": {\n    "firebase": "^10"\n  \n', 'package.json');
    expect(parsed.refs).toEqual([]);
    expect(parsed.problem).toMatchObject({ reason: 'not valid JSON' });
    expect(packageJson('[1, 2]', 'package.json').problem).toMatchObject({ line: 1, reason: 'not a JSON object' });
  });
});

const LOCK_V3 = `{
  "name": "field-reports-web",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "field-reports-web",
      "dependencies": {
        "reactfire": "^4.2.3"
      },
      "devDependencies": {
        "firebase-tools": "^13.0.0"
      },
      "optionalDependencies": {
        "@sentry/browser": "^7.80.0"
      }
    },
    "node_modules/@firebase/app": {
      "version": "0.9.25",
      "resolved": "https://registry.npmjs.org/@firebase/app/-/app-0.9.25.tgz",
      "integrity": "sha512-AAAA",
      "license": "Apache-2.0",
      "dependencies": {
        "@firebase/component": "0.6.4",
        "tslib": "^2.1.0"
      }
    },
    "node_modules/@google-cloud/firestore": {
      "version": "7.1.0",
      "dev": true,
      "license": "Apache-2.0"
    },
    "node_modules/@sentry/browser": {
      "version": "7.80.0",
      "optional": true
    },
    "node_modules/fsevents": {
      "version": "2.3.3",
      "devOptional": true,
      "os": ["darwin"]
    },
    "node_modules/reactfire": {
      "version": "4.2.3",
      "license": "MIT",
      "peerDependencies": {
        "firebase": "^9.0.0 || ^10.0.0"
      }
    },
    "node_modules/reactfire/node_modules/tslib": {
      "version": "1.14.1"
    }
  }
}
`;

const LOCK_V1 = `{
  "name": "legacy-app",
  "version": "0.1.0",
  "lockfileVersion": 1,
  "requires": true,
  "dependencies": {
    "firebase": {
      "version": "8.10.1",
      "requires": {
        "@firebase/app": "0.6.30"
      },
      "dependencies": {
        "tslib": {
          "version": "2.3.1"
        }
      }
    },
    "jest": {
      "version": "27.0.0",
      "dev": true
    }
  }
}
`;

describe('package-lock.json', () => {
  it('v2/v3: packages entries with dev, optional and devOptional flags; direct ones from the root entry', () => {
    const parsed = packageLock(LOCK_V3, 'package-lock.json');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual({
      '@firebase/app': ['runtime', true],
      '@google-cloud/firestore': ['dev', true],
      '@sentry/browser': ['optional', false],
      fsevents: ['dev', true],
      reactfire: ['runtime', false],
      tslib: ['runtime', true],
    });
    expect(parsed.refs[0]).toMatchObject({ name: '@firebase/app', line: 19, version: '0.9.25', license: 'Apache-2.0' });
  });

  it('v1: the dependencies tree, nested entries included', () => {
    const parsed = packageLock(LOCK_V1, 'package-lock.json');
    expect(shape(parsed)).toEqual({ firebase: ['runtime', true], tslib: ['runtime', true], jest: ['dev', true] });
    expect(parsed.refs.find((r) => r.name === 'firebase')).toMatchObject({ line: 7, version: '8.10.1' });
  });

  it('reads a one-line (minified) lock', () => {
    const parsed = packageLock(JSON.stringify(JSON.parse(LOCK_V3)), 'package-lock.json');
    expect(parsed.refs.map((r) => r.name)).toContain('@firebase/app');
    expect(parsed.refs.every((r) => r.line === 1)).toBe(true);
  });

  it('keeps what precedes the cut when the file was truncated at the size limit', () => {
    const cut = LOCK_V3.slice(0, LOCK_V3.indexOf('"node_modules/@sentry/browser"'));
    const parsed = packageLock(cut, 'package-lock.json');
    expect(parsed.refs.map((r) => r.name)).toEqual(['@firebase/app', '@google-cloud/firestore']);
    expect(parsed.problem).toBeUndefined();
  });

  it.each([
    ['a YAML file', 'lockfileVersion: 3\npackages: {}\n'],
    ['broken one-line JSON', '{"lockfileVersion": 3, "packages": {'],
    ['a JSON object without lockfileVersion', '{\n  "name": "x"\n}\n'],
  ])('reports %s as a problem, without throwing', (_name, text) => {
    const parsed = packageLock(text, 'package-lock.json');
    expect(parsed.refs).toEqual([]);
    expect(parsed.problem).toBeDefined();
  });
});

const YARN_V1 = `# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@firebase/app@0.9.25":
  version "0.9.25"
  resolved "https://registry.yarnpkg.com/@firebase/app/-/app-0.9.25.tgz#abc"
  integrity sha512-AAAA
  dependencies:
    "@firebase/component" "0.6.4"
    tslib "^2.1.0"

"@firebase/component@0.6.4":
  version "0.6.4"

capacitor-firebase-auth@^5.0.0:
  version "5.0.0"
  dependencies:
    "@firebase/app" "0.9.25"

firebase-tools@^13.0.0:
  version "13.0.0"
  dependencies:
    "@google-cloud/firestore" "^7.0.0"

"@google-cloud/firestore@^7.0.0":
  version "7.1.0"

tslib@^2.1.0, tslib@^2.6.0:
  version "2.6.2"
`;

const YARN_BERRY = `# This file is generated by running "yarn install" inside your project.
# Manual changes might be lost - proceed with caution!

__metadata:
  version: 8
  cacheKey: 10c0

"@firebase/app@npm:0.9.25":
  version: 0.9.25
  resolution: "@firebase/app@npm:0.9.25"
  dependencies:
    "@firebase/component": "npm:0.6.4"
    tslib: "npm:^2.1.0"
  checksum: 10c0/abc
  languageName: node
  linkType: hard

"capacitor-firebase-auth@npm:^5.0.0":
  version: 5.0.0
  dependencies:
    "@firebase/app": "npm:0.9.25"
  languageName: node
  linkType: hard

"web@workspace:.":
  version: 0.0.0-use.local
  resolution: "web@workspace:."
  languageName: unknown
  linkType: soft
`;

describe('yarn.lock', () => {
  it('v1: names, versions and dependency edges; scope is left to the manifest beside it', () => {
    const parsed = yarnLock(YARN_V1, 'yarn.lock');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.line])).toEqual([
      ['@firebase/app', '0.9.25', 5],
      ['@firebase/component', '0.6.4', 13],
      ['capacitor-firebase-auth', '5.0.0', 16],
      ['firebase-tools', '13.0.0', 21],
      ['@google-cloud/firestore', '7.1.0', 26],
      ['tslib', '2.6.2', 29],
    ]);
    expect(parsed.refs.every((r) => r.transitive && r.scope === undefined)).toBe(true);
    expect(parsed.edges?.get('capacitor-firebase-auth')).toEqual(['@firebase/app']);
    expect(parsed.edges?.get('@firebase/app')).toEqual(['@firebase/component', 'tslib']);
  });

  it('Berry: npm: specifiers, no __metadata or workspace entries', () => {
    const parsed = yarnLock(YARN_BERRY, 'yarn.lock');
    expect(parsed.refs.map((r) => [r.name, r.version])).toEqual([
      ['@firebase/app', '0.9.25'],
      ['capacitor-firebase-auth', '5.0.0'],
    ]);
    expect(parsed.edges?.get('@firebase/app')).toEqual(['@firebase/component', 'tslib']);
  });

  it('gets scopes from package.json through the edges: runtime wrapper -> runtime transitive, dev tool -> dev', () => {
    const pkg = JSON.stringify(
      { dependencies: { 'capacitor-firebase-auth': '^5.0.0' }, devDependencies: { 'firebase-tools': '^13.0.0' } },
      null,
      2,
    );
    const { refs } = scanManifests(repo({ 'package.json': pkg, 'yarn.lock': YARN_V1 }));
    const fromLock = Object.fromEntries(refs.filter((r) => r.path === 'yarn.lock').map((r) => [r.name, r.scope]));
    expect(fromLock).toEqual({
      '@firebase/app': 'runtime',
      '@firebase/component': 'runtime',
      tslib: 'runtime',
      '@google-cloud/firestore': 'dev',
    });
  });

  it('reports a file that is not a yarn.lock', () => {
    expect(yarnLock('{\n  "lockfileVersion": 3\n}\n', 'yarn.lock').problem).toEqual({
      line: 1,
      reason: 'not a yarn.lock entry',
    });
  });
});

const PNPM_V6 = `lockfileVersion: '6.0'

settings:
  autoInstallPeers: true
  excludeLinksFromLockfile: false

dependencies:
  capacitor-firebase-auth:
    specifier: ^5.0.0
    version: 5.0.0

devDependencies:
  firebase-tools:
    specifier: ^13.0.0
    version: 13.0.0

packages:

  /@firebase/app@0.9.25:
    resolution: {integrity: sha512-AAAA}
    dependencies:
      '@firebase/component': 0.6.4
      tslib: 2.6.2
    dev: false

  /@google-cloud/firestore@7.1.0:
    resolution: {integrity: sha512-BBBB}
    dev: true

  /capacitor-firebase-auth@5.0.0:
    resolution: {integrity: sha512-CCCC}
    dependencies:
      '@firebase/app': 0.9.25
    dev: false
`;

const PNPM_V9 = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      capacitor-firebase-auth:
        specifier: ^5.0.0
        version: 5.0.0
    devDependencies:
      firebase-tools:
        specifier: ^13.0.0
        version: 13.0.0

  apps/admin:
    optionalDependencies:
      '@sentry/browser':
        specifier: ^7.80.0
        version: 7.80.0

packages:

  '@firebase/app@0.9.25':
    resolution: {integrity: sha512-AAAA}

  '@google-cloud/firestore@7.1.0':
    resolution: {integrity: sha512-BBBB}

  capacitor-firebase-auth@5.0.0:
    resolution: {integrity: sha512-CCCC}

snapshots:

  '@firebase/app@0.9.25':
    dependencies:
      tslib: 2.6.2

  capacitor-firebase-auth@5.0.0(@capacitor/core@5.0.0):
    dependencies:
      '@firebase/app': 0.9.25

  firebase-tools@13.0.0:
    dependencies:
      '@google-cloud/firestore': 7.1.0
`;

describe('pnpm-lock.yaml', () => {
  it('v6: direct dependencies by section with their specifier, packages with the dev flag', () => {
    const parsed = pnpmLock(PNPM_V6, 'pnpm-lock.yaml');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope ?? '?', r.transitive === true])).toEqual([
      ['capacitor-firebase-auth', '^5.0.0', 'runtime', false],
      ['firebase-tools', '^13.0.0', 'dev', false],
      ['@firebase/app', '0.9.25', 'runtime', true],
      ['@google-cloud/firestore', '7.1.0', 'dev', true],
      ['capacitor-firebase-auth', '5.0.0', 'runtime', true],
    ]);
  });

  it('v5 package keys (/name/version)', () => {
    const v5 =
      'lockfileVersion: 5.4\n\nspecifiers:\n  firebase: ^9.0.0\n\ndependencies:\n  firebase: 9.23.0\n\npackages:\n\n  /@firebase/app/0.9.13_tslib@2.6.0:\n    resolution: {integrity: sha512-A}\n    dev: false\n';
    expect(pnpmLock(v5, 'pnpm-lock.yaml').refs.map((r) => [r.name, r.version])).toEqual([
      ['firebase', '9.23.0'],
      ['@firebase/app', '0.9.13'],
    ]);
  });

  it('v9: importers per workspace, and scopes through the snapshot edges', () => {
    const parsed = pnpmLock(PNPM_V9, 'pnpm-lock.yaml');
    expect(parsed.refs.filter((r) => !r.transitive).map((r) => [r.name, r.scope])).toEqual([
      ['capacitor-firebase-auth', 'runtime'],
      ['firebase-tools', 'dev'],
      ['@sentry/browser', 'optional'],
    ]);
    const { refs } = scanManifests(repo({ 'pnpm-lock.yaml': PNPM_V9 }));
    const transitive = Object.fromEntries(refs.filter((r) => r.transitive).map((r) => [r.name, r.scope]));
    expect(transitive).toEqual({ '@firebase/app': 'runtime', '@google-cloud/firestore': 'dev' });
  });

  it('reports tab indentation and a missing lockfileVersion', () => {
    expect(pnpmLock('lockfileVersion: 6.0\npackages:\n\t/a@1.0.0:\n', 'pnpm-lock.yaml').problem).toMatchObject({
      line: 3,
    });
    expect(pnpmLock('packages:\n  /a@1.0.0:\n    dev: false\n', 'pnpm-lock.yaml').problem).toMatchObject({
      reason: 'no lockfileVersion',
    });
  });
});
