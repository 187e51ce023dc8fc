import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/documentation/declared-paths-exist.js';
import { repo } from '../../helpers.js';
import { outcomeWithAnswers, runWithAnswers } from '../../declarations/claims-helpers.js';

const DPG = `name: Clinic Queue
documentation:
  isDocumentationAvailable: "Yes"
  documentationURL:
    - docs/setup.md
    - https://github.com/example/clinic-queue/blob/main/docs/missing.md
privacy:
  adherenceSteps:
    - We follow GDPR.
    - https://github.com/example/clinic-queue/tree/v1.2/PRIVACY.md#data
SDGs:
  - SDGNumber: 3
    evidenceURL: https://example.org/impact
`;

describe('documentation/declared-paths-exist', () => {
  const snapshot = (files: Record<string, string>, url: string | null = null) =>
    repo({ 'dpg.yml': DPG, ...files }, { meta: { name: 'clinic-queue' }, target: { url } });

  it('fails each link into the repository that names a missing file, citing the claim line and the path', () => {
    const findings = runWithAnswers(check, snapshot({ 'docs/setup.md': '# Setup' }));
    expect(findings).toEqual([
      {
        outcome: 'pass',
        messageId: 'exists',
        path: 'docs/setup.md',
        data: { field: 'documentation.documentationURL[0]', target: 'docs/setup.md', claim: 'dpg.yml' },
      },
      {
        outcome: 'fail',
        messageId: 'missing',
        path: 'dpg.yml',
        line: 6,
        data: { field: 'documentation.documentationURL[1]', target: 'docs/missing.md', claim: 'dpg.yml' },
      },
      {
        outcome: 'fail',
        messageId: 'missing',
        path: 'dpg.yml',
        line: 10,
        data: { field: 'privacy.adherenceSteps[1]', target: 'PRIVACY.md', claim: 'dpg.yml' },
      },
    ]);
  });

  it('passes when every linked file exists (a folder counts), and ignores text and outside URLs', () => {
    const files = { 'docs/setup.md': '#', 'docs/missing.md': '#', 'PRIVACY.md': '#' };
    expect(outcomeWithAnswers(check, snapshot(files))).toBe('pass');
  });

  it('uses the repository URL the source knows, so another repository with the same name is not this one', () => {
    const findings = runWithAnswers(check, snapshot({ 'docs/setup.md': '#' }, 'https://github.com/other/clinic-queue'));
    expect(findings.map((f) => f.data?.['target'])).toEqual(['docs/setup.md']);
  });

  it('fails a relative link that climbs out of the repository', () => {
    const findings = runWithAnswers(check, repo({ 'dpg.yml': 'clearOwnership:\n  copyrightURL: ../../etc/passwd\n' }));
    expect(findings).toMatchObject([{ outcome: 'fail', messageId: 'outside', path: 'dpg.yml', line: 2 }]);
  });

  it('is not applicable without answers, or without links into the repository', () => {
    expect(runWithAnswers(check, repo({ 'README.md': '#' }))).toEqual([
      { outcome: 'not-applicable', messageId: 'noAnswers' },
    ]);
    expect(runWithAnswers(check, repo({ 'dpg.yml': 'website: https://example.org\n' }))).toEqual([
      { outcome: 'not-applicable', messageId: 'noLinks' },
    ]);
  });
});
