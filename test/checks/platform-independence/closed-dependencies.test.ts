import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/platform-independence/closed-dependencies.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const pkg = (deps: Record<string, string>, devDeps: Record<string, string> = {}) =>
  JSON.stringify({ name: 'app', dependencies: deps, devDependencies: devDeps }, null, 2);

const compose = (image: string) => `services:\n  db:\n    image: ${image}\n`;

describe('platform-independence/closed-dependencies', () => {
  it.each([
    ['package.json', 'closed', 'firebase ^10.1.0', pkg({ express: '^4', firebase: '^10.1.0' })],
    ['package.json', 'closed', '@firebase/app ^0.9', pkg({ '@firebase/app': '^0.9' })],
    ['package.json', 'closed', 'mapbox-gl ^2.15.0', pkg({ 'mapbox-gl': '^2.15.0' })],
    ['package.json', 'closed', 'mapbox-gl latest', pkg({ 'mapbox-gl': 'latest' })],
    ['requirements.txt', 'closed', 'Firebase_Admin', 'django>=4\nFirebase_Admin==6.2.0  # push\n'],
    ['pyproject.toml', 'closed', 'twilio', '[project]\nname = "x"\ndependencies = [\n  "requests",\n  "twilio[async]>=8",\n]\n'],
    ['pyproject.toml', 'closed', 'sendgrid', '[tool.poetry.dependencies]\npython = "^3.11"\nsendgrid = "^6"\n'],
    ['Pipfile', 'closed', 'openai', '[packages]\nopenai = "*"\n'],
    ['build.gradle', 'closed', 'com.google.gms.google-services', "plugins {\n  id 'com.google.gms.google-services'\n}\n"],
    ['app/build.gradle', 'closed', 'com.google.firebase:firebase-auth', 'dependencies {\n  implementation("com.google.firebase:firebase-auth:22.0.0")\n}\n'],
    ['pom.xml', 'closed', 'com.oracle.database.jdbc:ojdbc11', '<dependencies>\n<dependency>\n<groupId>com.oracle.database.jdbc</groupId>\n<artifactId>ojdbc11</artifactId>\n</dependency>\n</dependencies>\n'],
    ['composer.json', 'closed', 'twilio/sdk ^7', JSON.stringify({ require: { 'twilio/sdk': '^7' } }, null, 2)],
    ['Gemfile', 'closed', 'algoliasearch-rails', "source 'https://rubygems.org'\ngem 'rails'\ngem 'algoliasearch-rails'\n"],
    ['go.mod', 'closed', 'firebase.google.com/go/v4', 'module x\n\nrequire (\n\tfirebase.google.com/go/v4 v4.12.0\n)\n'],
    ['pubspec.yaml', 'closed', 'firebase_core', 'name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  firebase_core: ^2.0.0\n'],
    ['docker-compose.yml', 'closed', 'mongo 6.0', compose('mongo:6.0')],
    ['docker-compose.yml', 'closed', 'mongo', compose('mongo')],
    ['compose.yaml', 'closed', 'docker.elastic.co/elasticsearch/elasticsearch 8.10.2', compose('docker.elastic.co/elasticsearch/elasticsearch:8.10.2')],
    ['docker-compose.yml', 'closed', 'kibana 7.17.9', compose('kibana:7.17.9')],
    ['docker-compose.yml', 'closed', 'redis 7.4-alpine', compose('redis:7.4-alpine')],
    ['docker-compose.yml', 'closed', 'redis 7', compose('docker.io/library/redis:7')],
    ['docker-compose.yml', 'closed', 'elasticsearch ${ES:-7.17.4}', compose('"elasticsearch:${ES:-7.17.4}"')],
    ['docker-compose.yml', 'closed', 'registry.local:5000/bitnami/mongodb 7.0', compose('registry.local:5000/bitnami/mongodb:7.0')],
    ['docker-compose.yml', 'closed', 'mongo 4.4', compose('mongo:4.4@sha256:0123abcd')],
    ['build.gradle', 'closed', 'com.google.firebase.firebase-perf', "apply plugin: 'com.google.firebase.firebase-perf'\n"],
    ['package.json', 'hint', 'aws-sdk ^2', pkg({ 'aws-sdk': '^2' })],
    ['requirements.txt', 'hint', 'boto3', 'boto3\n'],
    ['.env.example', 'config', 'VITE_FIREBASE_API_KEY', '# keys\nVITE_FIREBASE_API_KEY=\n'],
    ['.env.example', 'config', 'OPENAI_API_KEY', 'OPENAI_API_KEY=sk-xxx\n'],
  ] as const)('%s: %s %s', (path, messageId, dependency, text) => {
    const findings = runCheck(check, repo({ [path]: text }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId, path, data: { dependency } });
    expect(findings[0]?.outcome).toBe(messageId === 'closed' ? 'fail' : 'warn');
  });

  it.each([
    ['package.json', pkg({ react: '^18' }, { firebase: '^10' })],
    ['package.json', pkg({ 'mapbox-gl': '^1.13.0' })],
    ['package.json', pkg({ 'mapbox-gl': 'npm:maplibre-gl@^3.6.0' })],
    ['package.json', pkg({ mongodb: '^6', redis: '^4', '@elastic/elasticsearch': '^8' })],
    ['requirements.txt', '# firebase-admin\n-r base.txt\nflask\n'],
    ['pyproject.toml', '[project]\ndescription = "Firebase sync"\ndependencies = ["flask"]\n[project.optional-dependencies]\nsms = ["twilio"]\n'],
    ['app/build.gradle', "dependencies {\n  testImplementation 'com.google.firebase:firebase-auth:22.0.0'\n  implementation 'org.osmdroid:osmdroid-android:6.1.16'\n}\n"],
    ['pom.xml', '<dependency>\n<groupId>com.twilio.sdk</groupId>\n<artifactId>twilio</artifactId>\n<scope>test</scope>\n</dependency>\n'],
    ['composer.json', JSON.stringify({ require: { php: '^8.2' }, 'require-dev': { 'twilio/sdk': '^7' } })],
    ['Gemfile', "gem 'rails'\ngroup :development, :test do\n  gem 'twilio-ruby'\nend\ngem 'pg'\n"],
    ['Gemfile', "gem 'algolia', group: [:development, :test]\n"],
    ['go.mod', 'module x\n\nrequire (\n\tgithub.com/twilio/twilio-go v1.0.0 // indirect\n)\n'],
    ['pubspec.yaml', 'name: app\ndependencies:\n  http: ^1.0.0\ndev_dependencies:\n  firebase_core: ^2.0.0\n'],
    ['docker-compose.yml', compose('mongo:3.2')],
    ['docker-compose.yml', compose('elasticsearch:8.17.0')],
    ['docker-compose.yml', compose('elasticsearch:7.10.2')],
    ['docker-compose.yml', compose('redis:7.2-alpine')],
    ['docker-compose.yml', compose('redis:latest')],
    ['docker-compose.yml', compose('postgres:16')],
    ['.env.example', 'AWS_ACCESS_KEY_ID=\nPUSHER_APP_ID=\n# FIREBASE_API_KEY=\n'],
  ] as const)('%s passes (case %#)', (path, text) => {
    expect(runCheck(check, repo({ [path]: text }))).toEqual([{ outcome: 'pass', messageId: 'clean', path, data: { path } }]);
  });

  it('cites the line of the dependency in package.json, not the devDependencies one', () => {
    const text = pkg({ react: '^18', twilio: '^4' }, { twilio: '^4' });
    const [finding] = runCheck(check, repo({ 'package.json': text }));
    expect(finding).toMatchObject({ messageId: 'closed', line: 5 });
    expect(text.split('\n')[4]).toContain('"twilio"');
  });

  it('cites the line of a Compose image and a Gradle dependency', () => {
    expect(runCheck(check, repo({ 'docker-compose.yml': compose('mongo:7') }))[0]?.line).toBe(3);
    const gradle = "dependencies {\n  implementation 'com.google.android.gms:play-services-maps:18.2.0'\n}\n";
    const [finding] = runCheck(check, repo({ 'build.gradle': gradle }));
    expect(finding).toMatchObject({ line: 2, data: { service: 'Google Maps Platform' } });
  });

  it('does not read development or test manifests', () => {
    const snapshot = repo({ 'requirements-dev.txt': 'twilio\n', 'docker-compose.test.yml': compose('mongo:7'), 'README.md': '# x' });
    expect(runCheck(check, snapshot)).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });

  it('reports every finding and only those once something is found', () => {
    const snapshot = repo({ 'package.json': pkg({ firebase: '^10', mssql: '^10' }), 'docker-compose.yml': compose('postgres:16') });
    expect(runCheck(check, snapshot).map((f) => [f.outcome, f.messageId, f.path])).toEqual([
      ['fail', 'closed', 'package.json'],
      ['fail', 'closed', 'package.json'],
    ]);
  });

  describe('declared answers', () => {
    const firebase = repo({ 'package.json': pkg({ firebase: '^10' }) });
    const nothing = repo({ 'README.md': '# app' });
    const desc = 'Firebase can be swapped for Supabase through the storage adapter in src/storage (docs/supabase.md).';

    it.each([
      ['alternatives described', 'warn', firebase, { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: desc }, ['covered', 'declaredCovered']],
      ['alternatives described, answer missing', 'warn', firebase, { pltIndependenceDesc: desc }, ['covered']],
      ['declared No but Firebase found', 'fail', firebase, { mandatoryDepsCreateMoreRestrictions: 'No' }, ['contradicts']],
      ['declared Yes without alternatives', 'fail', firebase, { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: '  ' }, ['closed', 'declaredUncovered']],
      ['no manifest, declared No', 'pass', nothing, { mandatoryDepsCreateMoreRestrictions: 'No' }, ['declaredNone']],
      ['no manifest, declared Yes with alternatives', 'warn', nothing, { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: desc }, ['declaredCovered']],
      ['no manifest, declared Yes without alternatives', 'fail', nothing, { mandatoryDepsCreateMoreRestrictions: 'Yes' }, ['declaredUncovered']],
      ['no manifest, Unknown', 'needs-review', nothing, { mandatoryDepsCreateMoreRestrictions: 'Unknown' }, ['undeclared']],
    ] as const)('%s -> %s', (_name, outcome, snapshot, platformIndependence, messageIds) => {
      const declaration = { platformIndependence };
      expect(outcomeOf(check, snapshot, declaration)).toBe(outcome);
      expect(runCheck(check, snapshot, declaration).map((f) => f.messageId)).toEqual(messageIds);
    });

    it('keeps cloud SDK hints at warn even with no alternative declared', () => {
      const snapshot = repo({ 'package.json': pkg({ '@aws-sdk/client-s3': '^3' }) });
      expect(outcomeOf(check, snapshot, { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' } })).toBe('warn');
    });

    it('clean manifests still pass when the owner declares No', () => {
      const snapshot = repo({ 'package.json': pkg({ express: '^4' }) });
      expect(outcomeOf(check, snapshot, { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' } })).toBe('pass');
    });
  });

  it('stays fast on hostile manifests (long lines built to make regexes backtrack)', () => {
    const long = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
    const snapshot = repo({
      'pyproject.toml': `[${long(' ')}\n[project]\ndependencies = [\n"a${long(' ')}\n]\n`,
      'go.mod': `require ${long('a.')}\n`,
      'build.gradle': `id${long(' ')}\n'${long('a')}:${long('b')}\n`,
      'docker-compose.yml': `image: ${long('a.:')}\n`,
      'requirements.txt': `${long('a-')}\n`,
      'Gemfile': `gem '${long('x')}' ${long('group:')}\n`,
      '.env.example': `${long('A_')}\n`,
    });
    const started = performance.now();
    runCheck(check, snapshot);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('asks for the declaration when there is nothing to scan', () => {
    expect(runCheck(check, repo({ 'README.md': '# app' }))).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });
});
