import { describe, expect, it } from 'vitest';
import data from '../../src/data/closed-services.json' with { type: 'json' };
import { closedServiceOf } from '../../src/dependencies/closed-match.js';

type Ref = Parameters<typeof closedServiceOf>[0];

interface Entry {
  id: string;
  name: string;
  kind: string;
  licenseBound?: string;
  telemetry?: boolean;
  closedVersions?: (string | null)[][];
  match: Record<string, string[]>;
  why: string;
  alternatives: string[];
  source: string;
}

const services = data.services as unknown as Entry[];
/** The ecosystems the manifest readers produce (lib/dep-ref.ts `Ecosystem`). */
const KNOWN_KEYS = [
  'npm',
  'pypi',
  'maven',
  'gradle',
  'composer',
  'gem',
  'go',
  'pub',
  'docker',
  'env',
  'cargo',
  'nuget',
  'cran',
  'terraform',
  'helm',
  'android',
];
const VERSION = /^\d+(?:\.\d+){0,2}$/;
const SOURCE = /https:\/\/\S+|DPGA platform-independence guide|STANDARD\.md Indicator 4/;

describe('src/data/closed-services.json', () => {
  it('has at least 60 entries with unique kebab-case ids', () => {
    expect(services.length).toBeGreaterThanOrEqual(60);
    const ids = services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it.each(services.map((s) => [s.id, s] as const))('%s is complete', (_id, s) => {
    expect(s.name.trim()).not.toBe('');
    expect(['closed', 'hint']).toContain(s.kind);
    expect(s.why.trim().length).toBeGreaterThan(10);
    expect(s.alternatives.length).toBeGreaterThan(0);
    for (const alternative of s.alternatives) expect(alternative.trim()).not.toBe('');
    expect(s.source).toMatch(SOURCE);
    const keys = Object.keys(s.match);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(KNOWN_KEYS).toContain(key);
    for (const names of Object.values(s.match)) {
      expect(names.length).toBeGreaterThan(0);
      for (const name of names) expect(name).toMatch(/^[^*\s]+\*?$/);
    }
  });

  it('names the licence of every licence-bound entry, and only closed, non-telemetry entries are licence-bound', () => {
    for (const s of services.filter((x) => x.licenseBound !== undefined)) {
      expect(s.licenseBound?.trim().length, s.id).toBeGreaterThan(3);
      expect(s.kind, s.id).toBe('closed');
      expect(s.telemetry, s.id).toBeUndefined();
    }
    for (const s of services.filter((x) => x.telemetry !== undefined)) expect(s.telemetry, s.id).toBe(true);
  });

  it('marks the components the Standard names with their licence as licence-bound, and hosted services not', () => {
    const bound = new Set(services.filter((s) => s.licenseBound).map((s) => s.id));
    // STANDARD.md Indicator 4: MongoDB server (SSPL), Elasticsearch/Kibana 7.11–8.15, Redis 7.4+, Mapbox GL JS ≥ v2,
    // and proprietary database servers.
    for (const id of [
      'mongodb-server',
      'elasticsearch',
      'kibana',
      'redis',
      'mapbox',
      'cockroachdb',
      'mssql-server',
      'oracle-database',
    ])
      expect(bound, id).toContain(id);
    for (const id of [
      'firebase',
      'google-maps',
      'google-places',
      'google-play-services',
      'auth0',
      'sendgrid',
      'mailchimp',
      'vonage',
      'google-ml-apis',
      'twilio',
    ])
      expect(bound, id).not.toContain(id);
  });

  it('writes version ranges as [from, toExclusive|null] with from below to', () => {
    for (const s of services.filter((x) => x.closedVersions)) {
      for (const [from, to] of s.closedVersions ?? []) {
        expect(from, s.id).toMatch(VERSION);
        if (to !== null) expect(to, s.id).toMatch(VERSION);
        if (to) expect(Number.parseFloat(from ?? ''), s.id).toBeLessThan(Number.parseFloat(to));
      }
    }
  });

  it('never lists the same name twice in one ecosystem (which entry wins would be arbitrary)', () => {
    const seen = new Map<string, string>();
    for (const s of services) {
      for (const [ecosystem, names] of Object.entries(s.match)) {
        for (const name of names) {
          const key = `${ecosystem} ${name.toLowerCase()}`;
          expect(seen.get(key), `${key} in ${s.id}`).toBeUndefined();
          seen.set(key, s.id);
        }
      }
    }
  });

  it.each([
    ['nuget', 'Twilio', undefined, 'twilio'],
    ['nuget', 'AWSSDK.DynamoDBv2', undefined, 'aws-dynamodb'],
    ['nuget', 'AWSSDK.S3', undefined, 'aws'],
    ['nuget', 'Microsoft.Azure.Cosmos', undefined, 'azure-cosmos-db'],
    ['nuget', 'Azure.Storage.Blobs', undefined, 'azure'],
    ['terraform', 'aws_dynamodb_table', undefined, 'aws-dynamodb'],
    ['terraform', 'azurerm_cosmosdb_account', undefined, 'azure-cosmos-db'],
    ['terraform', 'google_firestore_database', undefined, 'firebase'],
    ['cargo', 'aws-sdk-s3', undefined, 'aws'],
    ['npm', '@aws-sdk/client-dynamodb', '^3', 'aws-dynamodb'],
    ['npm', '@aws-sdk/client-s3', '^3', 'aws'],
    ['npm', 'aws-amplify', '^6', 'aws-amplify'],
    ['npm', '@react-native-firebase/messaging', '^18', 'firebase-messaging'],
    ['npm', '@react-native-firebase/app', '^18', 'firebase'],
    ['npm', 'react-native-firebase', '^5.6.0', 'firebase'],
    ['npm', '@azure/openai', '^1', 'azure-openai'],
    ['npm', 'mssql', '^10', 'mssql-drivers'],
    ['npm', 'stripe', '^14', 'stripe'],
    ['maven', 'com.google.android.gms:play-services-location', undefined, 'play-services-location'],
    ['maven', 'com.google.android.gms:play-services-places', undefined, 'google-places'],
    ['maven', 'com.google.android.gms:play-services-maps', undefined, 'google-maps'],
    ['maven', 'com.google.android.gms:play-services-base', undefined, 'google-play-services'],
    ['gradle', 'com.google.firebase.crashlytics', undefined, 'firebase-crashlytics'],
    ['gradle', 'com.google.firebase.firebase-perf', undefined, 'firebase-performance'],
    ['maven', 'com.google.firebase:firebase-perf', undefined, 'firebase-performance'],
    ['maven', 'com.google.firebase:perf-plugin', undefined, 'firebase-performance'],
    ['maven', 'com.google.firebase:firebase-config', undefined, 'firebase-remote-config'],
    ['maven', 'com.google.firebase:firebase-core', undefined, 'firebase-analytics'],
    ['maven', 'com.google.firebase:firebase-firestore', undefined, 'firebase'],
    ['pypi', 'Azure_Cosmos', undefined, 'azure-cosmos-db'],
    ['pypi', 'sentry-sdk', undefined, 'sentry'],
    ['composer', 'africastalking/africastalking', undefined, 'africas-talking'],
    ['gem', 'gibbon', undefined, 'mailchimp'],
    ['go', 'github.com/aws/aws-sdk-go-v2/service/dynamodb', undefined, 'aws-dynamodb'],
    ['pub', 'firebase_messaging', undefined, 'firebase-messaging'],
    ['env', 'NEXT_PUBLIC_GA_MEASUREMENT_ID', undefined, 'google-analytics'],
    ['env', 'AZURE_OPENAI_API_KEY', undefined, 'azure-openai'],
    ['docker', 'hashicorp/terraform', '1.6.0', 'hashicorp-terraform'],
    ['docker', 'hashicorp/terraform', '1.5.7', undefined],
    ['docker', 'hashicorp/vault', '1.14', undefined],
    ['docker', 'hashicorp/vault', 'latest', 'hashicorp-vault'],
    ['docker', 'cockroachdb/cockroach', 'v24.3.1', 'cockroachdb'],
    ['docker', 'confluentinc/cp-schema-registry', '7.6.0', 'confluent-platform'],
    ['docker', 'confluentinc/cp-kafka', '7.6.0', undefined],
    ['docker', 'mongodb/mongodb-atlas-local', undefined, 'mongodb-server'],
    ['docker', 'mcr.microsoft.com/mssql/server', '2022-latest', 'mssql-server'],
    ['npm', 'mapbox-gl', '^1.13.0', undefined],
    ['npm', '@mapbox/mapbox-sdk', '^0.15', 'mapbox-apis'],
    ['npm', '@elastic/elasticsearch', '^8', undefined],
    ['npm', 'maplibre-gl', '^4', undefined],
    // AndroidManifest.xml names: the artifact the word after the group names, else the whole group.
    ['android', 'com.google.android.gms.version', undefined, 'google-play-services'],
    ['android', 'com.google.android.gms.metadata.ModuleDependencies', undefined, 'google-play-services'],
    ['android', 'com.google.android.gms.maps.SupportMapFragment', undefined, 'google-maps'],
    ['android', 'com.google.android.gms.location.GeofenceReceiver', undefined, 'play-services-location'],
    ['android', 'com.google.android.gms.auth.api.signin.RevocationBoundService', undefined, 'google-sign-in'],
    ['android', 'com.google.android.geo.API_KEY', undefined, 'google-maps'],
    ['android', 'com.google.android.maps', undefined, 'google-maps'],
    ['android', 'com.google.firebase.MESSAGING_EVENT', undefined, 'firebase-messaging'],
    ['android', 'com.google.firebase.messaging.default_notification_channel_id', undefined, 'firebase-messaging'],
    ['android', 'com.google.firebase.components.ComponentDiscoveryService', undefined, 'firebase'],
    ['android', 'com.google.firebase.firebaseinitprovider', undefined, 'firebase'],
    ['android', 'com.google.mlkit.vision.DEPENDENCIES', undefined, 'google-ml-kit'],
    ['android', 'android.permission.INTERNET', undefined, undefined],
  ] as const)('%s %s %s -> %s', (ecosystem, name, version, id) => {
    const ref = { ecosystem: ecosystem as Ref['ecosystem'], name, version, line: 1 } as Ref;
    expect(closedServiceOf(ref)?.id).toBe(id);
  });
});
