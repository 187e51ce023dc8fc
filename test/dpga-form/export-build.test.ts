/** The application builder without the CLI: license ids as the DPGA form lists them, pinned links, problems. */
import { describe, expect, it } from 'vitest';
import { buildApplication } from '../../src/dpga-form/export-build.js';
import { loadDeclaration } from '../../src/declarations/load.js';
import { computeFacts } from '../../src/facts/index.js';
import { MIT_TEXT, licenseText, repo } from '../helpers.js';

const ORIGIN = { url: 'https://gitlab.com/health/clinic-queue', commit: 'abc123' };

function build(files: Record<string, string>, origin: typeof ORIGIN | null = ORIGIN) {
  const snapshot = repo(files, { meta: { name: 'clinic-queue' } });
  const declared = loadDeclaration(snapshot);
  return buildApplication({
    declared,
    repo: snapshot,
    licenses: computeFacts(snapshot, declared?.answers).licenses,
    generator: 'test',
    ...(origin ? { origin } : { origin: undefined }),
  });
}

describe('buildApplication', () => {
  it('writes GNU licenses with the ids the DPGA form lists, linked to the license file at the commit', () => {
    const { application, problems } = build({ COPYING: licenseText('GPL-3.0-only') });
    expect(application.nominee['license']).toEqual([
      { spdx: 'GPL-3.0', licenseURL: 'https://gitlab.com/health/clinic-queue/-/blob/abc123/COPYING' },
    ]);
    expect(problems).toEqual([]);
  });

  it('reports a license id the form does not offer as a problem instead of hiding it', () => {
    const { application, problems } = build({
      'dpg.yml': 'license:\n  - spdx: Elastic-2.0\n    licenseURL: https://example.org/l\n',
      LICENSE: MIT_TEXT,
    });
    expect(application.nominee['license']).toEqual([{ spdx: 'Elastic-2.0', licenseURL: 'https://example.org/l' }]);
    expect(problems).toEqual(['nominee: license[0].spdx "Elastic-2.0" is not a choice the DPGA form offers']);
  });

  it('pins in-repository links (folders as tree, files as blob) and warns about a missing file', () => {
    const dpg = 'documentation:\n  documentationURL: [docs/, ./README.md, gone.md, https://example.org/manual]\n';
    const { application, warnings } = build({ 'dpg.yml': dpg, 'README.md': '#', 'docs/a.md': '#' });
    expect((application.screening['documentation'] as { documentationURL: string[] }).documentationURL).toEqual([
      'https://gitlab.com/health/clinic-queue/-/tree/abc123/docs',
      'https://gitlab.com/health/clinic-queue/-/blob/abc123/README.md',
      'https://gitlab.com/health/clinic-queue/-/blob/abc123/gone.md',
      'https://example.org/manual',
    ]);
    expect(warnings).toEqual([
      'documentation.documentationURL[2]: gone.md is not in the repository; the link will not resolve',
    ]);
  });

  it('fills nominee fields from publiccode.yml where dpg.yml is silent', () => {
    const { application } = build({
      'publiccode.yml': 'name: Permit Desk\nlegal:\n  mainCopyrightOwner: City of Example\n',
      'dpg.yml': 'type: [software]\n',
    });
    expect(application.nominee).toMatchObject({
      name: 'Permit Desk',
      type: ['software'],
      organizations: [{ name: 'City of Example', org_type: 'owner' }],
    });
    expect(application.missingAnswers).toContain('SDGs');
    expect(application.missingAnswers).not.toContain('name');
  });

  it('never invents answers: an empty repository exports only what it shows', () => {
    const { application } = build({ 'README.md': '#' }, null);
    expect(application.nominee).toEqual({ stage: 'nominee' });
    expect(application.screening).toEqual({});
    expect(application.repository).toEqual({ url: null, commit: null });
  });
});
