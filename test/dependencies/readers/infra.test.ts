import { describe, expect, it } from 'vitest';
import { helmChart, helmValues, terraform } from '../../../src/dependencies/readers/cloud-deps.js';
import { composeImages, dockerfile, envKeys } from '../../../src/dependencies/readers/docker-deps.js';
import { scanManifests } from '../../../src/dependencies/scan.js';
import { repo } from '../../helpers.js';

const COMPOSE = `name: case-management

services:
  api:
    build: .
    image: ghcr.io/example/case-api:1.4.0
    depends_on: [db, search]
  db:
    image: docker.io/library/postgres:16-alpine
  search:
    image: "docker.elastic.co/elasticsearch/elasticsearch:8.11.3"
  cache:
    image: redis:7.4
    profiles: ["cache"]

volumes:
  pgdata: {}
`;

describe('Compose files', () => {
  it('each service image with its tag; a service behind profiles is optional', () => {
    const parsed = composeImages(COMPOSE, 'docker-compose.yml');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope ?? 'runtime', r.line])).toEqual([
      ['ghcr.io/example/case-api', '1.4.0', 'runtime', 6],
      ['postgres', '16-alpine', 'runtime', 9],
      ['docker.elastic.co/elasticsearch/elasticsearch', '8.11.3', 'runtime', 11],
      ['redis', '7.4', 'optional', 13],
    ]);
  });

  it('file format 1 (no services key) still yields its images', () => {
    expect(
      composeImages('db:\n  image: mongo:6\nweb:\n  build: .\n', 'docker-compose.yml').refs.map((r) => r.name),
    ).toEqual(['mongo']);
  });

  it('docker-compose.test.yml is dev', () => {
    const { refs } = scanManifests(repo({ 'docker-compose.test.yml': COMPOSE }));
    expect(new Set(refs.map((r) => r.scope))).toEqual(new Set(['dev']));
  });

  it('reports a file that is not block YAML', () => {
    expect(composeImages('services:\n\tdb:\n\t\timage: mongo\n', 'compose.yaml').problem).toEqual({
      line: 2,
      reason: 'tab used for indentation',
    });
  });
});

const DOCKERFILE = `# syntax=docker/dockerfile:1
ARG DOTNET_VERSION=8.0
FROM mcr.microsoft.com/dotnet/sdk:\${DOTNET_VERSION} AS build
WORKDIR /src
COPY . .
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:\${DOTNET_VERSION} AS base
EXPOSE 8080

FROM base AS final
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "Api.dll"]
`;

describe('Dockerfile', () => {
  it('the final stage image (through FROM <stage>) is runtime, build stages are dev; ARG defaults filled in', () => {
    const parsed = dockerfile(DOCKERFILE, 'Dockerfile');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.name, r.version, r.scope ?? 'runtime', r.line])).toEqual([
      ['mcr.microsoft.com/dotnet/sdk', '8.0', 'dev', 3],
      ['mcr.microsoft.com/dotnet/aspnet', '8.0', 'runtime', 8],
    ]);
  });

  it('single stage, --platform and scratch', () => {
    expect(
      dockerfile('FROM --platform=linux/amd64 mcr.microsoft.com/mssql/server:2022-latest\n', 'Dockerfile').refs.map(
        (r) => [r.name, r.scope ?? 'runtime'],
      ),
    ).toEqual([['mcr.microsoft.com/mssql/server', 'runtime']]);
    expect(
      dockerfile('FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\n', 'Dockerfile').refs.map(
        (r) => r.scope,
      ),
    ).toEqual(['dev']);
  });

  it('reports a Dockerfile without FROM', () => {
    expect(dockerfile('RUN echo hi\n', 'Dockerfile').problem).toEqual({ line: 1, reason: 'no FROM instruction' });
  });
});

const MAIN_TF = `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

# resource "aws_sqs_queue" "old" {}

resource "aws_dynamodb_table" "cases" {
  name         = "cases"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
}

resource "google_firestore_database" "default" {
  name        = "(default)"
  location_id = "nam5"
  type        = "FIRESTORE_NATIVE"
}

resource "azurerm_cosmosdb_account" "db" {
  name = "cases-db"
}

data "aws_caller_identity" "current" {}
`;

describe('Terraform', () => {
  it('resource types; data sources and comments skipped', () => {
    const parsed = terraform(MAIN_TF, 'infra/main.tf');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.ecosystem, r.name, r.line])).toEqual([
      ['terraform', 'aws_dynamodb_table', 9],
      ['terraform', 'google_firestore_database', 15],
      ['terraform', 'azurerm_cosmosdb_account', 21],
    ]);
  });

  it('reports unbalanced braces', () => {
    expect(terraform('resource "aws_s3_bucket" "b" {\n  bucket = "x"\n', 'main.tf').problem).toEqual({
      line: 1,
      reason: 'unbalanced braces',
    });
  });
});

describe('Helm', () => {
  const CHART = `apiVersion: v2
name: case-management
version: 1.2.0
appVersion: "1.4.0"
dependencies:
  - name: postgresql
    version: 13.2.24
    repository: https://charts.bitnami.com/bitnami
  - name: mongodb
    version: 14.4.0
    repository: oci://registry-1.docker.io/bitnamicharts
    condition: mongodb.enabled
  - name: elasticsearch
    version: 8.5.1
    repository: https://helm.elastic.co
`;

  it('Chart.yaml dependencies named with their repository; a condition makes one optional', () => {
    const parsed = helmChart(CHART, 'charts/case-management/Chart.yaml');
    expect(parsed.problem).toBeUndefined();
    expect(parsed.refs.map((r) => [r.ecosystem, r.name, r.scope, r.line])).toEqual([
      ['helm', 'bitnami/postgresql', 'runtime', 6],
      ['helm', 'bitnami/mongodb', 'optional', 9],
      ['helm', 'elastic/elasticsearch', 'runtime', 13],
    ]);
  });

  const VALUES = `replicaCount: 2
image:
  registry: ghcr.io
  repository: example/case-api
  tag: "1.4.0"
  pullPolicy: IfNotPresent
search:
  image: docker.elastic.co/kibana/kibana:8.11.3
mongodb:
  enabled: false
  image:
    repository: bitnami/mongodb
    tag: 7.0.5-debian-11-r0
`;

  it('values.yaml image strings and registry/repository/tag blocks, read only beside a Chart.yaml', () => {
    const parsed = helmValues(VALUES, 'charts/case-management/values.yaml');
    expect(parsed.refs.map((r) => [r.name, r.version, r.line])).toEqual([
      ['ghcr.io/example/case-api', '1.4.0', 4],
      ['docker.elastic.co/kibana/kibana', '8.11.3', 8],
      ['bitnami/mongodb', '7.0.5-debian-11-r0', 12],
    ]);
    expect(scanManifests(repo({ 'values.yaml': VALUES })).scanned).toEqual([]);
    expect(scanManifests(repo({ 'helm/values.yaml': VALUES, 'helm/Chart.yaml': CHART })).scanned).toEqual([
      'helm/Chart.yaml',
      'helm/values.yaml',
    ]);
  });

  it('reports a Chart.yaml or values.yaml that is not block YAML', () => {
    expect(helmChart('{"apiVersion": "v2"}\n', 'Chart.yaml').problem).toEqual({ line: 1, reason: 'not a YAML key' });
    expect(helmValues('image:\n\trepository: mongo\n', 'values.yaml').problem).toEqual({
      line: 2,
      reason: 'tab used for indentation',
    });
  });
});

describe('.env examples', () => {
  it('variable names, comments and blank lines skipped', () => {
    const parsed = envKeys(
      '# Maps\nGOOGLE_MAPS_API_KEY=\nexport TWILIO_AUTH_TOKEN=changeme\n# FIREBASE_API_KEY=\n\n',
      '.env.example',
    );
    expect(parsed.refs.map((r) => [r.name, r.line])).toEqual([
      ['GOOGLE_MAPS_API_KEY', 2],
      ['TWILIO_AUTH_TOKEN', 3],
    ]);
    expect(parsed.problem).toBeUndefined();
  });
});
