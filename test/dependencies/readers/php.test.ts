import { describe, expect, it } from 'vitest';
import { composerLock } from '../../../src/dependencies/readers/json-locks.js';
import { composerJson } from '../../../src/dependencies/readers/json-manifests.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { repo } from '../../helpers.js';

const COMPOSER_JSON = `{
    "name": "acme/clinic-portal",
    "type": "project",
    "license": "AGPL-3.0-or-later",
    "require": {
        "php": "^8.2",
        "ext-json": "*",
        "laravel/framework": "^11.0",
        "kreait/laravel-firebase": "^5.8"
    },
    "require-dev": {
        "phpunit/phpunit": "^11.0",
        "twilio/sdk": "^8.0"
    },
    "suggest": {
        "sendgrid/sendgrid": "Needed to send e-mail through SendGrid instead of SMTP"
    }
}
`;

const COMPOSER_LOCK = `{
    "_readme": [
        "This file locks the dependencies of your project to a known state"
    ],
    "content-hash": "0123456789abcdef",
    "packages": [
        {
            "name": "google/cloud-firestore",
            "version": "v1.43.1",
            "source": {
                "type": "git",
                "url": "https://github.com/googleapis/google-cloud-php-firestore.git"
            },
            "require": {
                "google/cloud-core": "^1.52.7"
            },
            "license": [
                "Apache-2.0"
            ],
            "authors": [
                {
                    "name": "Google LLC"
                }
            ]
        },
        {
            "name": "kreait/laravel-firebase",
            "version": "5.8.0",
            "license": ["MIT"]
        }
    ],
    "packages-dev": [
        {
            "name": "twilio/sdk",
            "version": "8.0.0",
            "license": [
                "MIT"
            ]
        }
    ],
    "aliases": [],
    "minimum-stability": "stable"
}
`;

describe('composer.json', () => {
  it('require is runtime (platform packages skipped), require-dev dev, suggest optional', () => {
    const parsed = composerJson(COMPOSER_JSON, 'composer.json');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['laravel/framework', '^11.0', 'runtime', 8],
      ['kreait/laravel-firebase', '^5.8', 'runtime', 9],
      ['sendgrid/sendgrid', undefined, 'optional', 16],
      ['phpunit/phpunit', '^11.0', 'dev', 12],
      ['twilio/sdk', '^8.0', 'dev', 13],
    ]);
  });

  it('reports invalid JSON', () => {
    expect(
      composerJson('{\n    "require": {\n        "php": "^8.2",\n    }\n}\n', 'composer.json').problem,
    ).toMatchObject({ reason: 'not valid JSON' });
  });
});

describe('composer.lock', () => {
  it('packages are runtime, packages-dev dev; versions and stated licenses kept; author names are not packages', () => {
    const parsed = composerLock(COMPOSER_LOCK, 'composer.lock');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.license, r.line])).toEqual([
      ['google/cloud-firestore', 'v1.43.1', 'runtime', 'Apache-2.0', 8],
      ['kreait/laravel-firebase', '5.8.0', 'runtime', 'MIT', 27],
      ['twilio/sdk', '8.0.0', 'dev', 'MIT', 34],
    ]);
  });

  it('lock entries the composer.json declares are left to composer.json; the rest are transitive', () => {
    const { refs } = scanManifests(repo({ 'composer.json': COMPOSER_JSON, 'composer.lock': COMPOSER_LOCK }));
    expect(refs.filter((r) => r.path === 'composer.lock').map((r) => [r.name, r.scope, r.transitive])).toEqual([
      ['google/cloud-firestore', 'runtime', true],
    ]);
  });

  it('reports a lock that is not JSON', () => {
    expect(composerLock('packages:\n  - name: a\n', 'composer.lock').problem).toEqual({
      line: 1,
      reason: 'not a JSON object',
    });
  });
});
