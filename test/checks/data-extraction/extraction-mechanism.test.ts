import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-extraction/extraction-mechanism.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const files = (...paths: string[]) => ({ sizes: Object.fromEntries(paths.map((p) => [p, 100])) });

describe('data-extraction/extraction-mechanism', () => {
  it.each([
    ['an OpenAPI description', repo({}, files('docs/api/openapi.yaml')), 'apiSpec', 'docs/api/openapi.yaml'],
    ['a GraphQL schema', repo({}, files('server/schema.graphql')), 'apiSpec', 'server/schema.graphql'],
    ['a data package', repo({}, files('data/datapackage.json')), 'dataPackage', 'data/datapackage.json'],
    ['export code', repo({}, files('src/reports/csv_export.py')), 'code', 'src/reports/csv_export.py'],
    ['an open data file', repo({}, files('data/facilities.geojson')), 'dataFile', 'data/facilities.geojson'],
    [
      'a README export mention',
      repo({ 'README.md': '# App\n\nYou can export reports as CSV or JSON.\n' }),
      'readme',
      'README.md',
    ],
    ['a README API mention', repo({ 'README.md': '# App\nData is served by a REST API.\n' }), 'readme', 'README.md'],
    [
      'a README FHIR mention',
      repo({ 'docs/README.md': 'Implements FHIR R4 resources.\n' }),
      'readme',
      'docs/README.md',
    ],
  ] as const)('passes on %s', (_name, snapshot, messageId, path) => {
    const findings = runCheck(check, snapshot);
    expect(findings).toEqual([expect.objectContaining({ outcome: 'pass', messageId, path })]);
  });

  it('cites the README line that mentions the format', () => {
    const [finding] = runCheck(check, repo({ 'README.md': '# App\n\nFeatures:\n- Download the data in GeoJSON\n' }));
    expect(finding).toMatchObject({ messageId: 'readme', line: 4, data: { text: '- Download the data in GeoJSON' } });
  });

  it.each([
    ['code in a README', '```python\nimport json\nimport csv\n```\n'],
    ['a download badge', '[Download the app](https://example.org)\n'],
    ['an unrelated word', 'This is important for exporting goods.\n'],
  ])('ignores %s', (_name, readme) => {
    expect(outcomeOf(check, repo({ 'README.md': readme }))).toBe('needs-review');
  });

  it('ignores icons, generated files, migrations, CI, fixtures and vendored code', () => {
    const snapshot = repo(
      {},
      files(
        'src/assets/download.svg',
        'src/auto-imports.d.ts',
        'public/export.png',
        'app/migrations/0005_importfile_cycle.py',
        '.github/workflows/openapi_canary.yml',
        'tests/fixtures/sample.csv',
        'vendor/lib/exporter.php',
      ),
    );
    expect(runCheck(check, snapshot)).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });

  it('lists at most five pieces of evidence, one of each kind first', () => {
    const snapshot = repo(
      { 'README.md': 'Export to CSV.\nExport to XML.\n' },
      files('openapi.json', 'swagger.yaml', 'src/export.ts', 'src/import.ts', 'data/a.csv', 'data/b.csv'),
    );
    const findings = runCheck(check, snapshot);
    expect(findings.map((f) => f.messageId)).toEqual(['apiSpec', 'readme', 'code', 'dataFile', 'apiSpec']);
  });

  it('asks for the declaration when nothing is found', () => {
    expect(runCheck(check, repo({ 'README.md': '# A tool' }))).toEqual([
      { outcome: 'needs-review', messageId: 'undeclared' },
    ]);
  });

  describe('declared answers', () => {
    const bare = repo({ 'README.md': '# A tool' });
    const withApi = repo({}, files('openapi.yaml'));
    const concrete =
      'Indicators can be exported as CSV and JSON from the dashboard and through the REST API (docs/api.md).';

    it.each([
      ['not collected', 'not-applicable', bare, { collectsNonPII: 'No' }, ['notCollected']],
      [
        'not collected, API present',
        'not-applicable',
        withApi,
        { collectsNonPII: 'No', nonPIIAccessMechanism: concrete },
        ['notCollected'],
      ],
      [
        'mechanism with formats',
        'pass',
        bare,
        { collectsNonPII: 'Yes', nonPIIAccessMechanism: concrete },
        ['declared'],
      ],
      [
        'mechanism plus evidence',
        'pass',
        withApi,
        { collectsNonPII: 'Yes', nonPIIAccessMechanism: concrete },
        ['declared', 'apiSpec'],
      ],
      [
        'mechanism without formats',
        'warn',
        bare,
        { collectsNonPII: 'Yes', nonPIIAccessMechanism: 'There is a REST API.' },
        ['declared', 'vague'],
      ],
      [
        'Yes, blank mechanism, evidence',
        'warn',
        withApi,
        { collectsNonPII: 'Yes', nonPIIAccessMechanism: ' ' },
        ['apiSpec', 'describe'],
      ],
      [
        'Yes, blank mechanism, no evidence',
        'fail',
        bare,
        { collectsNonPII: 'Yes', nonPIIAccessMechanism: '' },
        ['missing'],
      ],
      ['Unknown, no evidence', 'needs-review', bare, { collectsNonPII: 'Unknown' }, ['undeclared']],
      ['Unknown, evidence', 'pass', withApi, { collectsNonPII: 'Unknown' }, ['apiSpec']],
    ] as const)('%s -> %s', (_name, outcome, snapshot, NonPII, messageIds) => {
      expect(outcomeOf(check, snapshot, { NonPII })).toBe(outcome);
      expect(runCheck(check, snapshot, { NonPII }).map((f) => f.messageId)).toEqual(messageIds);
    });

    it('quotes the declared mechanism', () => {
      const [finding] = runCheck(check, bare, { NonPII: { collectsNonPII: 'Yes', nonPIIAccessMechanism: concrete } });
      expect(finding?.data).toEqual({ mechanism: concrete });
    });
  });
});
