import { describe, expect, it } from 'vitest';
import { rDescription } from '../../../src/dependencies/readers/cargo-r-deps.js';
import { pubspec, pubspecLock } from '../../../src/dependencies/readers/package-deps.js';

const PUBSPEC = `name: community_health
description: Offline-first app for community health workers.
version: 2.4.0+31

environment:
  sdk: '>=3.2.0 <4.0.0'

dependencies:
  flutter:
    sdk: flutter
  firebase_core: ^2.24.2
  google_maps_flutter: ^2.5.0
  flutter_map:
    git:
      url: https://github.com/fleaflet/flutter_map.git
  # mapbox_maps_flutter: ^1.0.0

dev_dependencies:
  flutter_test:
    sdk: flutter
  firebase_auth_mocks: ^0.13.0

dependency_overrides:
  firebase_messaging: ^14.7.0

flutter:
  uses-material-design: true
`;

describe('pubspec.yaml and pubspec.lock', () => {
  it('dependencies runtime, dev_dependencies dev; overrides, nested keys and comments skipped', () => {
    const parsed = pubspec(PUBSPEC, 'pubspec.yaml');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['flutter', undefined, 'runtime', 9],
      ['firebase_core', '^2.24.2', 'runtime', 11],
      ['google_maps_flutter', '^2.5.0', 'runtime', 12],
      ['flutter_map', undefined, 'runtime', 13],
      ['flutter_test', undefined, 'dev', 19],
      ['firebase_auth_mocks', '^0.13.0', 'dev', 21],
    ]);
  });

  it('reports tab indentation', () => {
    expect(pubspec('name: app\ndependencies:\n\thttp: ^1.0.0\n', 'pubspec.yaml').problem).toEqual({
      line: 3,
      reason: 'tab used for indentation',
    });
  });

  it('pubspec.lock: direct main, direct dev and transitive', () => {
    const lock =
      'packages:\n  firebase_core:\n    dependency: "direct main"\n    description:\n      name: firebase_core\n      url: "https://pub.dev"\n    source: hosted\n    version: "2.24.2"\n  firebase_core_platform_interface:\n    dependency: transitive\n    source: hosted\n    version: "5.0.0"\n  firebase_auth_mocks:\n    dependency: "direct dev"\n    version: "0.13.0"\nsdks:\n  dart: ">=3.2.0 <4.0.0"\n';
    const parsed = pubspecLock(lock, 'pubspec.lock');
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope ?? '?', r.transitive === true, r.line])).toEqual([
      ['firebase_core', '2.24.2', 'runtime', false, 2],
      ['firebase_core_platform_interface', '5.0.0', '?', true, 9],
      ['firebase_auth_mocks', '0.13.0', 'dev', false, 13],
    ]);
  });

  it('reports a pubspec.lock that is not YAML', () => {
    expect(pubspecLock('{"packages": {}}\n', 'pubspec.lock').problem).toEqual({ line: 1, reason: 'not a YAML key' });
  });
});

const DESCRIPTION = `Package: malariaAtlas
Type: Package
Title: Access Parasite Rate and Vector Occurrence Data
Version: 1.5.1
Depends: R (>= 4.1.0), sf
Imports:
    httr (>= 1.4.0),
    googleway,
    data.table
LinkingTo: Rcpp
Suggests: testthat (>= 3.0.0),
    mapboxapi
License: MIT + file LICENSE
`;

describe('R DESCRIPTION', () => {
  it('Depends/Imports/LinkingTo runtime (R itself skipped), Suggests optional, continuation lines', () => {
    const parsed = rDescription(DESCRIPTION, 'DESCRIPTION');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['sf', undefined, 'runtime', 5],
      ['httr', '>= 1.4.0', 'runtime', 7],
      ['googleway', undefined, 'runtime', 8],
      ['data.table', undefined, 'runtime', 9],
      ['Rcpp', undefined, 'runtime', 10],
      ['testthat', '>= 3.0.0', 'optional', 11],
      ['mapboxapi', undefined, 'optional', 12],
    ]);
  });

  it('reports a line that is not a field', () => {
    expect(rDescription('Package: x\n<html>\n', 'DESCRIPTION').problem).toEqual({
      line: 2,
      reason: 'not a DESCRIPTION field',
    });
  });
});
