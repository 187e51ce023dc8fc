import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/platform-independence/closed-dependencies.js';
import { formatMessage } from '../../../src/lib/format.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const pkg = (deps: Record<string, string>, devDeps: Record<string, string> = {}, more: Record<string, unknown> = {}) =>
  JSON.stringify({ name: 'app', dependencies: deps, devDependencies: devDeps, ...more }, null, 2);

const compose = (image: string) => `services:\n  db:\n    image: ${image}\n`;
const pom = (dependency: string) =>
  `<project>\n<dependencies>\n<dependency>\n${dependency}\n</dependency>\n</dependencies>\n</project>\n`;

/** [outcome, messageId, path] of each finding, in order. */
const summary = (files: Record<string, string>, declaration?: Parameters<typeof runCheck>[2]) =>
  runCheck(check, repo(files), declaration).map((f) => [f.outcome, f.messageId, f.path]);

describe('platform-independence/closed-dependencies', () => {
  it.each([
    ['package.json', 'closed', 'firebase ^10.1.0', pkg({ express: '^4', firebase: '^10.1.0' })],
    ['package.json', 'closed', '@firebase/app ^0.9', pkg({ '@firebase/app': '^0.9' })],
    ['package.json', 'closed', 'mapbox-gl ^2.15.0', pkg({ 'mapbox-gl': '^2.15.0' })],
    ['package.json', 'closed', 'mapbox-gl latest', pkg({ 'mapbox-gl': 'latest' })],
    ['package.json', 'closed', 'firebase >=9', pkg({}, {}, { peerDependencies: { firebase: '>=9' } })],
    ['requirements.txt', 'closed', 'Firebase_Admin ==6.2.0', 'django>=4\nFirebase_Admin==6.2.0  # push\n'],
    [
      'pyproject.toml',
      'closed',
      'twilio >=8',
      '[project]\nname = "x"\ndependencies = [\n  "requests",\n  "twilio[async]>=8",\n]\n',
    ],
    ['pyproject.toml', 'closed', 'sendgrid', '[tool.poetry.dependencies]\npython = "^3.11"\nsendgrid = "^6"\n'],
    ['Pipfile', 'closed', 'openai', '[packages]\nopenai = "*"\n'],
    ['setup.cfg', 'closed', 'googlemaps >=4', '[options]\ninstall_requires =\n    googlemaps>=4\n'],
    [
      'build.gradle',
      'closed',
      'com.google.gms.google-services',
      "plugins {\n  id 'com.google.gms.google-services'\n}\n",
    ],
    [
      'app/build.gradle',
      'closed',
      'com.google.firebase:firebase-auth 22.0.0',
      'dependencies {\n  implementation("com.google.firebase:firebase-auth:22.0.0")\n}\n',
    ],
    [
      'pom.xml',
      'closed',
      'com.oracle.database.jdbc:ojdbc11',
      pom('<groupId>com.oracle.database.jdbc</groupId>\n<artifactId>ojdbc11</artifactId>'),
    ],
    [
      'app/src/main/AndroidManifest.xml',
      'closed',
      'com.google.android.gms.version',
      '<manifest>\n  <application>\n    <meta-data android:name="com.google.android.gms.version" android:value="@integer/google_play_services_version" />\n  </application>\n</manifest>\n',
    ],
    ['composer.json', 'closed', 'twilio/sdk ^7', JSON.stringify({ require: { 'twilio/sdk': '^7' } }, null, 2)],
    [
      'Gemfile',
      'closed',
      'algoliasearch-rails',
      "source 'https://rubygems.org'\ngem 'rails'\ngem 'algoliasearch-rails'\n",
    ],
    [
      'go.mod',
      'closed',
      'firebase.google.com/go/v4 v4.12.0',
      'module x\n\nrequire (\n\tfirebase.google.com/go/v4 v4.12.0\n)\n',
    ],
    [
      'pubspec.yaml',
      'closed',
      'firebase_core ^2.0.0',
      'name: app\ndependencies:\n  flutter:\n    sdk: flutter\n  firebase_core: ^2.0.0\n',
    ],
    [
      'src/Api/Api.csproj',
      'closed',
      'Twilio 7.0.0',
      '<Project Sdk="Microsoft.NET.Sdk.Web">\n  <ItemGroup>\n    <PackageReference Include="Twilio" Version="7.0.0" />\n  </ItemGroup>\n</Project>\n',
    ],
    ['docker-compose.yml', 'closed', 'mongo 6.0', compose('mongo:6.0')],
    ['docker-compose.yml', 'closed', 'mongo', compose('mongo')],
    [
      'compose.yaml',
      'closed',
      'docker.elastic.co/elasticsearch/elasticsearch 8.10.2',
      compose('docker.elastic.co/elasticsearch/elasticsearch:8.10.2'),
    ],
    ['docker-compose.yml', 'closed', 'kibana 7.17.9', compose('kibana:7.17.9')],
    ['docker-compose.yml', 'closed', 'redis 7.4-alpine', compose('redis:7.4-alpine')],
    ['docker-compose.yml', 'closed', 'redis 7', compose('docker.io/library/redis:7')],
    ['docker-compose.yml', 'closed', 'elasticsearch ${ES:-7.17.4}', compose('"elasticsearch:${ES:-7.17.4}"')],
    [
      'docker-compose.yml',
      'closed',
      'registry.local:5000/bitnami/mongodb 7.0',
      compose('registry.local:5000/bitnami/mongodb:7.0'),
    ],
    ['docker-compose.yml', 'closed', 'mongo 4.4', compose('mongo:4.4@sha256:0123abcd')],
    [
      'Dockerfile',
      'closed',
      'mcr.microsoft.com/mssql/server 2022-latest',
      'FROM mcr.microsoft.com/mssql/server:2022-latest\nCOPY init.sql /docker-entrypoint-initdb.d/\n',
    ],
    [
      'build.gradle',
      'telemetry',
      'com.google.firebase.firebase-perf',
      "apply plugin: 'com.google.firebase.firebase-perf'\n",
    ],
    ['package.json', 'hint', 'aws-sdk ^2', pkg({ 'aws-sdk': '^2' })],
    ['requirements.txt', 'hint', 'boto3', 'boto3\n'],
    [
      'infra/main.tf',
      'hint',
      'Terraform resource aws_dynamodb_table',
      'resource "aws_dynamodb_table" "cases" {\n  name = "cases"\n}\n',
    ],
    ['.env.example', 'config', 'VITE_FIREBASE_API_KEY', '# keys\nVITE_FIREBASE_API_KEY=\n'],
    ['.env.example', 'config', 'OPENAI_API_KEY', 'OPENAI_API_KEY=sk-xxx\n'],
  ] as const)('%s: %s %s', (path, messageId, dependency, text) => {
    const findings = runCheck(check, repo({ [path]: text }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ messageId, path, data: { dependency } });
    expect(findings[0]?.outcome).toBe(messageId === 'closed' ? 'fail' : 'warn');
  });

  it.each([
    ['package.json', pkg({ 'mapbox-gl': '^1.13.0' })],
    ['package.json', pkg({ 'mapbox-gl': 'npm:maplibre-gl@^3.6.0' })],
    ['package.json', pkg({ mongodb: '^6', redis: '^4', '@elastic/elasticsearch': '^8' })],
    ['requirements.txt', '# firebase-admin\n-r base.txt\nflask\n'],
    ['app/build.gradle', "dependencies {\n  implementation 'org.osmdroid:osmdroid-android:6.1.16'\n}\n"],
    ['docker-compose.yml', compose('mongo:3.2')],
    ['docker-compose.yml', compose('elasticsearch:8.17.0')],
    ['docker-compose.yml', compose('elasticsearch:7.10.2')],
    ['docker-compose.yml', compose('redis:7.2-alpine')],
    ['docker-compose.yml', compose('redis:latest')],
    ['docker-compose.yml', compose('postgres:16')],
    ['.env.example', 'AWS_ACCESS_KEY_ID=\nPUSHER_APP_ID=\n# FIREBASE_API_KEY=\n'],
  ] as const)('%s passes (case %#)', (path, text) => {
    expect(runCheck(check, repo({ [path]: text }))).toEqual([
      { outcome: 'pass', messageId: 'clean', path, data: { path } },
    ]);
  });

  describe('development-only dependencies are not considered, but counted', () => {
    it.each([
      ['package.json', pkg({ react: '^18' }, { firebase: '^10', vite: '^5' }), 2, 'firebase (Firebase)'],
      [
        'app/build.gradle',
        "dependencies {\n  testImplementation 'com.google.firebase:firebase-auth:22.0.0'\n  implementation 'org.osmdroid:osmdroid-android:6.1.16'\n}\n",
        1,
        'com.google.firebase:firebase-auth (Firebase)',
      ],
      [
        'pom.xml',
        pom('<groupId>com.twilio.sdk</groupId>\n<artifactId>twilio</artifactId>\n<scope>test</scope>'),
        1,
        'com.twilio.sdk:twilio (Twilio)',
      ],
      [
        'composer.json',
        JSON.stringify({ require: { php: '^8.2' }, 'require-dev': { 'twilio/sdk': '^7' } }),
        1,
        'twilio/sdk (Twilio)',
      ],
      [
        'Gemfile',
        "gem 'rails'\ngroup :development, :test do\n  gem 'twilio-ruby'\nend\ngem 'pg'\n",
        1,
        'twilio-ruby (Twilio)',
      ],
      ['Gemfile', "gem 'algolia', group: [:development, :test]\n", 1, 'algolia (Algolia)'],
      [
        'pubspec.yaml',
        'name: app\ndependencies:\n  http: ^1.0.0\ndev_dependencies:\n  firebase_core: ^2.0.0\n',
        1,
        'firebase_core (Firebase)',
      ],
      ['requirements-dev.txt', 'pytest\ntwilio\n', 2, 'twilio (Twilio)'],
      ['docker-compose.test.yml', compose('mongo:7'), 1, 'mongo (MongoDB server (SSPL))'],
      [
        'Dockerfile',
        'FROM mcr.microsoft.com/mssql/server:2022-latest AS seed\nFROM postgres:16\n',
        1,
        'mcr.microsoft.com/mssql/server (Microsoft SQL Server',
      ],
      ['Dockerfile', 'FROM node:20-alpine AS build\nRUN npm ci\nFROM nginx:1.25-alpine\n', 1, 'none'],
      ['package.json', pkg({ react: '^18' }, { vite: '^5' }), 1, 'none'],
    ] as const)('%s (case %#)', (path, text, count, closed) => {
      expect(runCheck(check, repo({ [path]: text }))).toEqual([
        { outcome: 'pass', messageId: 'devSkipped', data: { count, closed: expect.stringContaining(closed) } },
        { outcome: 'pass', messageId: 'clean', path, data: { path } },
      ]);
    });
  });

  describe('manifests in tooling folders name development tooling: counted, not flagged', () => {
    const googletrans = 'requests\ngoogletrans==3.0.0\n';
    it.each([
      [
        'tools/translation-script/requirements.txt',
        'requirements.txt',
        googletrans,
        'googletrans (Google Cloud AI APIs',
      ],
      ['scripts/package.json', 'package.json', pkg({ 'firebase-admin': '^12' }), 'firebase-admin (Firebase)'],
      [
        'frontend/scripts/package.json',
        'frontend/package.json',
        pkg({ 'firebase-admin': '^12' }),
        'firebase-admin (Firebase)',
      ],
      ['ci/docker-compose.yml', 'docker-compose.yml', compose('mongo:7'), 'mongo (MongoDB server (SSPL))'],
      ['Tools/Gemfile', 'Gemfile', "gem 'twilio-ruby'\n", 'twilio-ruby (Twilio)'],
    ] as const)('%s counted as development tooling; at %s it is flagged', (toolingPath, productPath, text, closed) => {
      const count = Number(text.includes('requests')) + 1;
      expect(runCheck(check, repo({ [toolingPath]: text }))).toEqual([
        { outcome: 'pass', messageId: 'devSkipped', data: { count, closed: expect.stringContaining(closed) } },
        { outcome: 'pass', messageId: 'clean', path: toolingPath, data: { path: toolingPath } },
      ]);
      expect(summary({ [productPath]: text })).toEqual([['fail', 'closed', productPath]]);
    });

    it('a folder merely named like a tool (toolbox/, app-scripts/) is the product', () => {
      expect(summary({ 'toolbox/requirements.txt': googletrans })).toEqual([
        ['fail', 'closed', 'toolbox/requirements.txt'],
      ]);
      expect(summary({ 'app-scripts/requirements.txt': googletrans })).toEqual([
        ['fail', 'closed', 'app-scripts/requirements.txt'],
      ]);
    });
  });

  describe('optional dependencies warn at most, whatever dpg.yml says', () => {
    it.each([
      ['package.json', pkg({}, {}, { optionalDependencies: { firebase: '^10' } }), 'optionalDependencies'],
      [
        'package.json',
        pkg(
          {},
          {},
          { peerDependencies: { 'mapbox-gl': '^3' }, peerDependenciesMeta: { 'mapbox-gl': { optional: true } } },
        ),
        'peerDependenciesMeta optional',
      ],
      [
        'pyproject.toml',
        '[project]\ndependencies = ["flask"]\n[project.optional-dependencies]\nsms = ["twilio"]\n',
        'extra sms',
      ],
      [
        'pyproject.toml',
        '[tool.poetry.dependencies]\npython = "^3.11"\nsendgrid = { version = "^6", optional = true }\n',
        'optional = true',
      ],
      [
        'app/build.gradle',
        "dependencies {\n  playImplementation 'com.google.firebase:firebase-messaging:23.4.0'\n  fossImplementation 'org.unifiedpush.android:connector:2.1.1'\n}\n",
        'playImplementation (flavour or build type play)',
      ],
      [
        'pom.xml',
        pom('<groupId>com.oracle.database.jdbc</groupId>\n<artifactId>ojdbc11</artifactId>\n<optional>true</optional>'),
        '<optional>true</optional>',
      ],
      [
        'composer.json',
        JSON.stringify({ require: { php: '^8.2' }, suggest: { 'twilio/sdk': 'To send SMS reminders' } }, null, 2),
        'suggest',
      ],
      [
        'Gemfile',
        "gem 'rails'\ngroup :search, optional: true do\n  gem 'algoliasearch-rails'\nend\n",
        'group :search, optional: true',
      ],
      ['Cargo.toml', '[dependencies]\nasync-openai = { version = "0.18", optional = true }\n', 'optional = true'],
      [
        'docker-compose.yml',
        'services:\n  search:\n    image: elasticsearch:8.10.2\n    profiles: ["search"]\n',
        'Compose profile',
      ],
      [
        'charts/app/Chart.yaml',
        'apiVersion: v2\nname: app\ndependencies:\n  - name: mongodb\n    repository: https://charts.bitnami.com/bitnami\n    condition: mongodb.enabled\n',
        'chart condition',
      ],
    ] as const)('%s: %s', (path, text, via) => {
      for (const declaration of [
        undefined,
        { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' as const } },
      ]) {
        const findings = runCheck(check, repo({ [path]: text }), declaration);
        expect(findings).toHaveLength(1);
        expect(findings[0]).toMatchObject({ outcome: 'warn', messageId: 'optional', path, data: { via } });
      }
    });
  });

  describe('transitive dependencies (lock files, go.mod // indirect) warn at most', () => {
    const lock = (packages: Record<string, Record<string, unknown>>, direct: Record<string, string>) =>
      JSON.stringify(
        { name: 'app', lockfileVersion: 3, packages: { '': { name: 'app', dependencies: direct }, ...packages } },
        null,
        2,
      );
    const wrapper = { 'node_modules/capacitor-firebase-auth': { version: '5.0.0' } };
    const firebaseParts = Object.fromEntries(
      ['app', 'auth', 'firestore', 'messaging', 'storage'].map((p) => [
        `node_modules/@firebase/${p}`,
        { version: '1.0.0' },
      ]),
    );

    it('one warning per lock file and service, naming the first packages and how many more', () => {
      const files = {
        'package.json': pkg({ 'capacitor-firebase-auth': '^5.0.0' }),
        'package-lock.json': lock({ ...wrapper, ...firebaseParts }, { 'capacitor-firebase-auth': '^5.0.0' }),
      };
      const findings = runCheck(check, repo(files));
      expect(findings).toEqual([
        expect.objectContaining({
          outcome: 'warn',
          messageId: 'transitive',
          path: 'package-lock.json',
          line: 14,
          data: expect.objectContaining({
            dependency: '@firebase/app 1.0.0, @firebase/auth 1.0.0, @firebase/firestore 1.0.0 and 2 more',
            service: 'Firebase',
          }),
        }),
      ]);
      expect(outcomeOf(check, repo(files))).toBe('warn');
    });

    it('says nothing more about a service already named directly', () => {
      const files = {
        'package.json': pkg({ firebase: '^10.7.0' }),
        'package-lock.json': lock(
          { 'node_modules/firebase': { version: '10.7.1' }, ...firebaseParts },
          { firebase: '^10.7.0' },
        ),
      };
      expect(summary(files)).toEqual([['fail', 'closed', 'package.json']]);
    });

    it('a closed package under a development tool only is dev', () => {
      const files = {
        'package.json': pkg({ react: '^18' }, { 'firebase-tools': '^13' }),
        'package-lock.json': lock(
          {
            'node_modules/firebase-tools': { version: '13.0.0', dev: true },
            'node_modules/@google-cloud/firestore': { version: '7.1.0', dev: true },
          },
          { react: '^18' },
        ),
      };
      expect(summary(files)).toEqual([
        ['pass', 'devSkipped', undefined],
        ['pass', 'clean', 'package-lock.json'],
        ['pass', 'clean', 'package.json'],
      ]);
    });

    it('go.mod // indirect', () => {
      const findings = runCheck(
        check,
        repo({ 'go.mod': 'module x\n\nrequire (\n\tgithub.com/twilio/twilio-go v1.0.0 // indirect\n)\n' }),
      );
      expect(findings).toEqual([
        expect.objectContaining({
          outcome: 'warn',
          messageId: 'transitive',
          line: 4,
          data: expect.objectContaining({ dependency: 'github.com/twilio/twilio-go v1.0.0' }),
        }),
      ]);
    });

    it('a lock file alone: its direct runtime dependencies count as direct', () => {
      expect(
        summary({
          'package-lock.json': lock({ 'node_modules/firebase': { version: '10.7.1' } }, { firebase: '^10.7.0' }),
        }),
      ).toEqual([['fail', 'closed', 'package-lock.json']]);
    });

    it('a cloud SDK pulled in by another package is not reported', () => {
      const files = {
        'package.json': pkg({ 'multer-s3': '^3' }),
        'package-lock.json': lock(
          { 'node_modules/multer-s3': { version: '3.0.1' }, 'node_modules/@aws-sdk/client-s3': { version: '3.500.0' } },
          { 'multer-s3': '^3' },
        ),
      };
      expect(summary(files)).toEqual([
        ['pass', 'clean', 'package-lock.json'],
        ['pass', 'clean', 'package.json'],
      ]);
    });
  });

  describe('monorepos: manifests at the root and up to two folders down', () => {
    it('finds Mapbox GL JS v2+ in frontend/ and Firebase in apps/mobile/, cited at their own paths', () => {
      const files = {
        'package.json': pkg({}, { turbo: '^1' }, { workspaces: ['frontend', 'apps/*'] }),
        'frontend/package.json': pkg({ 'mapbox-gl': '^2.15.0', react: '^18' }),
        'apps/mobile/pubspec.yaml': 'name: mobile\ndependencies:\n  firebase_core: ^2.24.0\n',
        'apps/api/requirements.txt': 'fastapi\n',
      };
      expect(summary(files)).toEqual([
        ['fail', 'closed', 'apps/mobile/pubspec.yaml'],
        ['fail', 'closed', 'frontend/package.json'],
        ['pass', 'devSkipped', undefined],
      ]);
      expect(runCheck(check, repo(files))[1]).toMatchObject({ line: 4, data: { dependency: 'mapbox-gl ^2.15.0' } });
    });

    it('skips deeper folders and vendored, test, example, docs and hidden ones', () => {
      const firebase = pkg({ firebase: '^10' });
      const files = {
        'package.json': pkg({ express: '^4' }),
        'apps/web/src/package.json': firebase,
        'node_modules/firebase/package.json': firebase,
        'vendor/acme/composer.json': JSON.stringify({ require: { 'twilio/sdk': '^7' } }),
        'test/fixtures/package.json': firebase,
        'examples/chat/package.json': firebase,
        'docs/package.json': firebase,
        '.github/actions/notify/package.json': firebase,
      };
      expect(summary(files)).toEqual([['pass', 'clean', 'package.json']]);
    });
  });

  describe('malformed files: a warning naming the file, never a crash', () => {
    it.each([
      ['package.json', '{\n  "dependencies": {\n    "firebase": "^10"\n', 'package.json'],
      ['pom.xml', '<settings></settings>', 'pom.xml'],
      ['yarn.lock', '{"lockfileVersion": 3}', 'yarn.lock'],
      ['pyproject.toml', '[project\ndependencies = ["twilio"]\n', 'pyproject.toml'],
      ['go.mod', '<html></html>\n', 'go.mod'],
      ['Dockerfile', 'RUN make\n', 'Dockerfile'],
    ])('%s', (path, text, format) => {
      const findings = runCheck(check, repo({ [path]: text, 'requirements.txt': 'flask\n' }));
      expect(findings).toContainEqual(
        expect.objectContaining({
          outcome: 'warn',
          messageId: 'unreadable',
          path,
          data: expect.objectContaining({ path, format }),
        }),
      );
      expect(findings).toContainEqual({
        outcome: 'pass',
        messageId: 'clean',
        path: 'requirements.txt',
        data: { path: 'requirements.txt' },
      });
      expect(findings.some((f) => f.messageId === 'clean' && f.path === path)).toBe(false);
    });

    it('still reports what a half-broken file names', () => {
      expect(summary({ 'requirements.txt': 'twilio\n<<<<<<< HEAD\n' })).toEqual([
        ['fail', 'closed', 'requirements.txt'],
        ['warn', 'unreadable', 'requirements.txt'],
      ]);
    });

    it('a malformed file alone is not "nothing to scan"', () => {
      expect(summary({ 'package.json': 'not json' })).toEqual([['warn', 'unreadable', 'package.json']]);
    });
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

  it('reports every finding and only those once something is found', () => {
    const snapshot = repo({
      'package.json': pkg({ firebase: '^10', twilio: '^4' }),
      'docker-compose.yml': compose('postgres:16'),
    });
    expect(runCheck(check, snapshot).map((f) => [f.outcome, f.messageId, f.path])).toEqual([
      ['fail', 'closed', 'package.json'],
      ['fail', 'closed', 'package.json'],
    ]);
  });

  describe('a hosted service declared not mandatory warns; a licence-bound component still fails', () => {
    const no = { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' as const } };
    const gradle = (coordinate: string) => `dependencies {\n  implementation '${coordinate}'\n}\n`;
    const hosted = [
      ['Firebase', 'package.json', pkg({ firebase: '^10', 'firebase-admin': '^12' })],
      ['Google Maps Platform', 'app/build.gradle', gradle('com.google.android.gms:play-services-maps:18.2.0')],
      ['Google Places API', 'app/build.gradle', gradle('com.google.android.libraries.places:places:3.3.0')],
      ['Google Play services', 'app/build.gradle', gradle('com.google.android.play:integrity:1.3.0')],
      ['Auth0', 'back/requirements.txt', 'flask\nauth0-python==4.7.1\n'],
      ['SendGrid', 'package.json', pkg({ '@sendgrid/mail': '^8' })],
      ['Mailchimp / Mandrill', 'Gemfile', "gem 'rails'\ngem 'gibbon'\n"],
      [
        'Vonage (Nexmo) Communications APIs',
        'pom.xml',
        pom('<groupId>com.nexmo</groupId>\n<artifactId>client</artifactId>'),
      ],
      [
        'Google Cloud AI APIs (Translation, Speech, Vision, Natural Language, Dialogflow)',
        'requirements.txt',
        'google-cloud-translate==3.15.0\n',
      ],
    ] as const;
    const licenseBound = [
      ['MongoDB server (SSPL)', 'docker-compose.yml', compose('mongo:8.0.3')],
      ['Elasticsearch 7.11–8.15', 'docker-compose.yml', compose('elasticsearch:7.17.6')],
      ['Kibana 7.11–8.15', 'docker-compose.yml', compose('kibana:7.17.6')],
      ['Redis 7.4–7.x', 'docker-compose.yml', compose('redis:7.4')],
      [
        'CockroachDB (BSL / CockroachDB Software License)',
        'docker-compose.yml',
        compose('cockroachdb/cockroach:v24.3.1'),
      ],
      ['Mapbox GL JS v2+ / Mapbox Maps SDK v10+', 'package.json', pkg({ 'mapbox-gl': '^3.1.0' })],
      ['Microsoft SQL Server (server)', 'docker-compose.yml', compose('mcr.microsoft.com/mssql/server:2022-latest')],
      ['Oracle Database', 'package.json', pkg({ oracledb: '^6' })],
    ] as const;

    it.each(hosted)('%s, declared No -> warn, asking to confirm', (service, path, text) => {
      const findings = runCheck(check, repo({ [path]: text }), no);
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings)
        expect(finding).toMatchObject({ outcome: 'warn', messageId: 'attested', path, data: { service } });
      const [first] = findings;
      expect(first && formatMessage(check.meta.messages.attested, first.data)).toMatch(
        new RegExp(
          `needs ${service.replace(/[()]/g, '\\$&')}, .*declares .*: No, so it is taken as not mandatory: confirm .* such as \\w`,
        ),
      );
    });

    it.each(hosted)('%s, nothing declared -> fail, as before', (service, path, text) => {
      for (const declaration of [
        undefined,
        { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'Unknown' as const } },
      ]) {
        const findings = runCheck(check, repo({ [path]: text }), declaration);
        expect(findings[0]).toMatchObject({ outcome: 'fail', messageId: 'closed', path, data: { service } });
      }
    });

    it.each(hosted)('%s, declared Yes with no alternative -> fail, as before', (_service, path, text) => {
      const declaration = { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'Yes' as const } };
      expect(outcomeOf(check, repo({ [path]: text }), declaration)).toBe('fail');
      expect(runCheck(check, repo({ [path]: text }), declaration).map((f) => f.messageId)).toContain(
        'declaredUncovered',
      );
    });

    it.each(licenseBound)('%s, declared No -> still fail', (service, path, text) => {
      const findings = runCheck(check, repo({ [path]: text }), no);
      expect(findings).toEqual([
        expect.objectContaining({
          outcome: 'fail',
          messageId: 'contradicts',
          path,
          data: expect.objectContaining({ service }),
        }),
      ]);
    });

    it('a licence-bound and a hosted one together: the check fails on the licence-bound one only', () => {
      const snapshot = repo({
        'docker-compose.yml': compose('mongo:8.0.3'),
        'package.json': pkg({ firebase: '^10' }),
      });
      expect(runCheck(check, snapshot, no).map((f) => [f.outcome, f.messageId, f.path])).toEqual([
        ['fail', 'contradicts', 'docker-compose.yml'],
        ['warn', 'attested', 'package.json'],
      ]);
      expect(outcomeOf(check, snapshot, no)).toBe('fail');
    });
  });

  describe('telemetry services are not needed to run: warn even with nothing declared', () => {
    it.each([
      [
        'Firebase Crashlytics',
        'app/build.gradle',
        "dependencies {\n  implementation 'com.google.firebase:firebase-crashlytics:18.6.0'\n}\n",
      ],
      [
        'Google Analytics for Firebase',
        'app/build.gradle',
        "dependencies {\n  implementation 'com.google.firebase:firebase-analytics:21.5.0'\n}\n",
      ],
      [
        'Google Analytics for Firebase',
        'app/build.gradle',
        "dependencies {\n  implementation 'com.google.firebase:firebase-core:18.0.0'\n}\n",
      ],
      [
        'Firebase Performance Monitoring',
        'app/build.gradle',
        "dependencies {\n  implementation 'com.google.firebase:firebase-perf:20.5.1'\n}\n",
      ],
      [
        'Firebase Remote Config',
        'app/build.gradle',
        "dependencies {\n  implementation 'com.google.firebase:firebase-config:21.6.0'\n}\n",
      ],
      ['Firebase Remote Config', 'pubspec.yaml', 'name: app\ndependencies:\n  firebase_remote_config: ^4.3.0\n'],
      ['Google Analytics / Google Tag Manager', 'package.json', pkg({ 'react-ga4': '^2' })],
      ['Mixpanel', 'package.json', pkg({ 'mixpanel-browser': '^2' })],
    ] as const)('%s (%s)', (service, path, text) => {
      for (const declaration of [
        undefined,
        { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' as const } },
      ]) {
        const findings = runCheck(check, repo({ [path]: text }), declaration);
        expect(findings).toEqual([
          expect.objectContaining({
            outcome: 'warn',
            messageId: 'telemetry',
            path,
            data: expect.objectContaining({ service }),
          }),
        ]);
      }
    });

    it('Firebase used as a data store beside its telemetry still fails when nothing is declared', () => {
      const text =
        "dependencies {\n  implementation 'com.google.firebase:firebase-crashlytics:18.6.0'\n  implementation 'com.google.firebase:firebase-firestore:24.10.0'\n}\n";
      expect(summary({ 'app/build.gradle': text })).toEqual([
        ['warn', 'telemetry', 'app/build.gradle'],
        ['fail', 'closed', 'app/build.gradle'],
      ]);
    });
  });

  describe('declared answers', () => {
    const firebase = repo({ 'package.json': pkg({ firebase: '^10' }) });
    const nothing = repo({ 'README.md': '# app' });
    const desc = 'Firebase can be swapped for Supabase through the storage adapter in src/storage (docs/supabase.md).';

    it.each([
      [
        'alternatives described',
        'warn',
        firebase,
        { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: desc },
        ['covered', 'declaredCovered'],
      ],
      ['alternatives described, answer missing', 'warn', firebase, { pltIndependenceDesc: desc }, ['covered']],
      [
        'declared No but Firebase found: taken as not mandatory, to confirm',
        'warn',
        firebase,
        { mandatoryDepsCreateMoreRestrictions: 'No' },
        ['attested'],
      ],
      [
        'declared Yes without alternatives',
        'fail',
        firebase,
        { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: '  ' },
        ['closed', 'declaredUncovered'],
      ],
      ['no manifest, declared No', 'pass', nothing, { mandatoryDepsCreateMoreRestrictions: 'No' }, ['declaredNone']],
      [
        'no manifest, declared Yes with alternatives',
        'warn',
        nothing,
        { mandatoryDepsCreateMoreRestrictions: 'Yes', pltIndependenceDesc: desc },
        ['declaredCovered'],
      ],
      [
        'no manifest, declared Yes without alternatives',
        'fail',
        nothing,
        { mandatoryDepsCreateMoreRestrictions: 'Yes' },
        ['declaredUncovered'],
      ],
      [
        'no manifest, Unknown',
        'needs-review',
        nothing,
        { mandatoryDepsCreateMoreRestrictions: 'Unknown' },
        ['undeclared'],
      ],
    ] as const)('%s -> %s', (_name, outcome, snapshot, platformIndependence, messageIds) => {
      const declaration = { platformIndependence };
      expect(outcomeOf(check, snapshot, declaration)).toBe(outcome);
      expect(runCheck(check, snapshot, declaration).map((f) => f.messageId)).toEqual(messageIds);
    });

    it('keeps cloud SDK hints at warn even with no alternative declared', () => {
      const snapshot = repo({ 'package.json': pkg({ '@aws-sdk/client-s3': '^3' }) });
      expect(outcomeOf(check, snapshot, { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' } })).toBe(
        'warn',
      );
    });

    it('clean manifests still pass when the owner declares No', () => {
      const snapshot = repo({ 'package.json': pkg({ express: '^4' }) });
      expect(outcomeOf(check, snapshot, { platformIndependence: { mandatoryDepsCreateMoreRestrictions: 'No' } })).toBe(
        'pass',
      );
    });
  });

  it('stays fast on hostile manifests (long lines built to make regexes backtrack)', () => {
    const long = (unit: string) => unit.repeat(Math.ceil(200_000 / unit.length));
    const snapshot = repo({
      'pyproject.toml': `[${long(' ')}\n[project]\ndependencies = [\n"a${long(' ')}\n]\n`,
      'go.mod': `require ${long('a.')}\n`,
      'build.gradle': `id${long(' ')}\n'${long('a')}:${long('b')}\n${long('/*')}\n`,
      'docker-compose.yml': `image: ${long('a.:')}\n${long(' ')}:${long(' ')}\n`,
      'requirements.txt': `${long('a-')}\n`,
      Gemfile: `gem '${long('x')}' ${long('group:')}\n`,
      '.env.example': `${long('A_')}\n`,
      'package-lock.json': `{\n  "packages": {\n    "${long('node_modules/')}": {\n${long('{[')}\n${long('"a": ')}\n`,
      'yarn.lock': `${long('a@')}:\n    ${long('"')}\n`,
      'pnpm-lock.yaml': `lockfileVersion: 9\npackages:\n  ${long("'a@")}:\n    ${long('dependencies: ')}\n`,
      'pom.xml': `<project>${long('<dependency><groupId')}${long('<!--')}\n`,
      Dockerfile: `FROM ${long('${A:-')}\nARG ${long('A=')}\n`,
      DESCRIPTION: `Imports: ${long('a (')}\n`,
      'composer.lock': `{\n  "packages": [\n${long('    { "name": ')}\n`,
    });
    const started = performance.now();
    runCheck(check, snapshot);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('asks for the declaration when there is nothing to scan', () => {
    expect(runCheck(check, repo({ 'README.md': '# app' }))).toEqual([
      { outcome: 'needs-review', messageId: 'undeclared' },
    ]);
  });
});
