import { describe, expect, it } from 'vitest';
import type { Parsed } from '../../../src/dependencies/dep-ref.js';
import { pipfileLock } from '../../../src/dependencies/readers/json-locks.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { pythonToml, requirementsTxt, setupCfg } from '../../../src/dependencies/readers/python-deps.js';
import { poetryLock, uvLock } from '../../../src/dependencies/readers/toml-locks.js';
import { repo } from '../../helpers.js';

const shape = (parsed: Parsed) => parsed.refs.map((r) => [r.name, r.scope ?? '?', r.line]);

describe('requirements*.txt', () => {
  it('reads names with extras, markers and hashes; skips options, paths, URLs and comments', () => {
    const text = [
      '# Production requirements',
      '-r base.txt',
      '--index-url https://pypi.org/simple',
      'Django>=4.2,<5.0',
      'firebase-admin[async]==6.2.0 ; python_version >= "3.8" \\',
      '    --hash=sha256:0123456789abcdef',
      '-e git+https://github.com/org/lib.git#egg=googlemaps',
      './vendor/localpkg',
      'https://example.org/pkg.whl',
      'twilio~=8.10  # SMS',
    ].join('\n');
    const parsed = requirementsTxt(text, 'requirements.txt');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.line])).toEqual([
      ['Django', '>=4.2,<5.0', 4],
      ['firebase-admin', '==6.2.0', 5],
      ['twilio', '~=8.10', 10],
    ]);
  });

  it('names the first line that is not a requirement (a merge conflict) and keeps the rest', () => {
    const parsed = requirementsTxt('flask\n<<<<<<< HEAD\nboto3\n=======\n', 'requirements.txt');
    expect(parsed.problem).toEqual({ line: 2, reason: 'not a requirement' });
    expect(parsed.refs.map((r) => r.name)).toEqual(['flask', 'boto3']);
  });

  it.each([
    ['requirements.txt', 'runtime'],
    ['requirements-dev.txt', 'dev'],
    ['requirements_test.txt', 'dev'],
    ['requirements/production.txt', 'runtime'],
    ['requirements/local-dev.txt', 'dev'],
    ['requirements/docs.txt', 'dev'],
    ['backend/requirements.txt', 'runtime'],
  ])('%s is %s', (path, scope) => {
    const { refs } = scanManifests(repo({ [path]: 'twilio==8.10\n' }));
    expect(refs).toEqual([expect.objectContaining({ name: 'twilio', scope, path })]);
  });
});

const PYPROJECT = `[build-system]
requires = ["hatchling>=1.18"]
build-backend = "hatchling.build"

[project]
name = "field-sync"
version = "1.4.0"
dependencies = [
  "fastapi>=0.110",
  # "firebase-admin>=6",
  "google-cloud-firestore>=2.14 ; extra != 'offline'",
]

[project.optional-dependencies]
sms = ["twilio>=8"]
test = ["pytest>=8", "moto[dynamodb]"]

[dependency-groups]
lint = ["ruff"]
`;

const POETRY = `[tool.poetry]
name = "case-tracker"
version = "2.0.0"

[tool.poetry.dependencies]
python = "^3.11"
django = "^5.0"
sendgrid = { version = "^6.11", optional = true }

[tool.poetry.dependencies.pyfcm]
version = "^1.5"
optional = true

[tool.poetry.dependencies.googlemaps]
version = "^4.10"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"

[tool.poetry.dev-dependencies]
firebase-admin = "^6.0"

[tool.poetry.extras]
email = ["sendgrid"]
`;

describe('pyproject.toml and Pipfile', () => {
  it('PEP 621: dependencies, optional-dependencies (optional, or dev when named like tooling), dependency groups and build requirements', () => {
    const parsed = pythonToml(PYPROJECT, 'pyproject.toml');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual([
      ['hatchling', 'dev', 2],
      ['fastapi', 'runtime', 9],
      ['google-cloud-firestore', 'runtime', 11],
      ['twilio', 'optional', 15],
      ['pytest', 'dev', 16],
      ['moto', 'dev', 16],
      ['ruff', 'dev', 19],
    ]);
    expect(parsed.refs.find((r) => r.name === 'twilio')?.via).toBe('extra sms');
  });

  it('Poetry: dependencies (optional = true is optional, also in sub-tables), groups and dev-dependencies', () => {
    const parsed = pythonToml(POETRY, 'pyproject.toml');
    expect(shape(parsed)).toEqual([
      ['django', 'runtime', 7],
      ['sendgrid', 'optional', 8],
      ['pytest', 'dev', 18],
      ['firebase-admin', 'dev', 21],
      ['pyfcm', 'optional', 11],
      ['googlemaps', 'runtime', 15],
    ]);
  });

  it('Pipfile: [packages] and [dev-packages]', () => {
    const pipfile =
      '[[source]]\nurl = "https://pypi.org/simple"\nverify_ssl = true\nname = "pypi"\n\n[packages]\nflask = "*"\n"pyrebase4" = ">=4.7"\n\n[dev-packages]\nopenai = "*"\n\n[requires]\npython_version = "3.11"\n';
    expect(shape(pythonToml(pipfile, 'Pipfile'))).toEqual([
      ['flask', 'runtime', 7],
      ['pyrebase4', 'runtime', 8],
      ['openai', 'dev', 11],
    ]);
  });

  it('reports a file that is not TOML, keeping what came before', () => {
    const parsed = pythonToml('[project]\ndependencies = ["flask"]\nthis is not toml\n', 'pyproject.toml');
    expect(parsed.problem).toEqual({ line: 3, reason: 'not TOML' });
    expect(parsed.refs.map((r) => r.name)).toEqual(['flask']);
  });
});

describe('setup.cfg', () => {
  const SETUP_CFG = `[metadata]
name = field-sync

[options]
packages = find:
install_requires =
    requests>=2.31
    googlemaps>=4.10; python_version>="3.8"
tests_require = pytest

[options.extras_require]
push = pyfcm>=1.5
docs =
    sphinx
`;

  it('install_requires runtime, extras optional (docs is dev), tests_require dev', () => {
    const parsed = setupCfg(SETUP_CFG, 'setup.cfg');
    expect(parsed.problem).toBeUndefined();
    expect(shape(parsed)).toEqual([
      ['requests', 'runtime', 7],
      ['googlemaps', 'runtime', 8],
      ['pytest', 'dev', 9],
      ['pyfcm', 'optional', 12],
      ['sphinx', 'dev', 14],
    ]);
  });

  it('reports a line that is not INI', () => {
    expect(setupCfg('[options]\ninstall_requires = flask\n{"not": "ini"}\n', 'setup.cfg').problem).toEqual({
      line: 3,
      reason: 'not an INI line',
    });
  });
});

const POETRY_LOCK = `# This file is automatically @generated by Poetry 1.4.2 and should not be changed by hand.

[[package]]
name = "firebase-admin"
version = "6.2.0"
description = "Firebase Admin Python SDK"
category = "main"
optional = false
python-versions = ">=3.7"
files = [
    {file = "firebase_admin-6.2.0-py3-none-any.whl", hash = "sha256:abc"},
]

[package.dependencies]
google-cloud-firestore = {version = ">=2.9.1", markers = "platform_python_implementation != \\"PyPy\\""}

[[package]]
name = "google-cloud-firestore"
version = "2.11.1"
category = "main"
optional = false

[[package]]
name = "pytest"
version = "7.4.0"
category = "dev"
optional = false

[[package]]
name = "sendgrid"
version = "6.10.0"
category = "main"
optional = true

[extras]
email = ["sendgrid"]

[metadata]
lock-version = "2.0"
python-versions = "^3.11"
content-hash = "abc"
`;

describe('poetry.lock, uv.lock and Pipfile.lock', () => {
  it('poetry.lock: category main/dev and optional, with the dependency edges', () => {
    const parsed = poetryLock(POETRY_LOCK, 'poetry.lock');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope, r.line])).toEqual([
      ['firebase-admin', '6.2.0', 'runtime', 4],
      ['google-cloud-firestore', '2.11.1', 'runtime', 18],
      ['pytest', '7.4.0', 'dev', 24],
      ['sendgrid', '6.10.0', 'optional', 30],
    ]);
    expect(parsed.edges?.get('firebase-admin')).toEqual(['google-cloud-firestore']);
  });

  it('poetry.lock without categories (Poetry 1.5+) gets scopes from pyproject.toml', () => {
    const lock = POETRY_LOCK.replace(/category = "\w+"\n/g, '');
    const pyproject =
      '[tool.poetry.dependencies]\npython = "^3.11"\nfirebase-admin = "^6.2"\n\n[tool.poetry.group.dev.dependencies]\npytest = "^7"\n';
    const { refs } = scanManifests(repo({ 'pyproject.toml': pyproject, 'poetry.lock': lock }));
    expect(refs.filter((r) => r.path === 'poetry.lock').map((r) => [r.name, r.scope, r.transitive])).toEqual([
      ['google-cloud-firestore', 'runtime', true],
      ['sendgrid', 'optional', true],
    ]);
  });

  it('uv.lock: packages and their edges', () => {
    const uv =
      'version = 1\nrequires-python = ">=3.11"\n\n[[package]]\nname = "app"\nversion = "0.1.0"\nsource = { editable = "." }\ndependencies = [\n    { name = "pyfcm" },\n]\n\n[[package]]\nname = "pyfcm"\nversion = "1.5.4"\nsource = { registry = "https://pypi.org/simple" }\ndependencies = [{ name = "requests" }]\n';
    const parsed = uvLock(uv, 'uv.lock');
    expect(parsed.refs.map((r) => [r.name, r.version])).toEqual([
      ['app', '0.1.0'],
      ['pyfcm', '1.5.4'],
    ]);
    expect(parsed.edges?.get('app')).toEqual(['pyfcm']);
    expect(parsed.edges?.get('pyfcm')).toEqual(['requests']);
  });

  it('Pipfile.lock: default is runtime, develop is dev', () => {
    const lock = JSON.stringify(
      {
        _meta: { hash: { sha256: 'x' } },
        default: { 'firebase-admin': { hashes: ['sha256:a'], version: '==6.2.0' } },
        develop: { pytest: { version: '==8.0.0' } },
      },
      null,
      4,
    );
    const parsed = pipfileLock(lock, 'Pipfile.lock');
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope])).toEqual([
      ['firebase-admin', '==6.2.0', 'runtime'],
      ['pytest', '==8.0.0', 'dev'],
    ]);
  });

  it.each([
    ['poetry.lock', poetryLock, 'this is not a lock file\n'],
    ['uv.lock', uvLock, '<html>not found</html>\n'],
    ['Pipfile.lock', pipfileLock, 'not json'],
  ] as const)('reports a malformed %s', (path, read, text) => {
    expect(read(text, path).problem).toBeDefined();
  });
});
