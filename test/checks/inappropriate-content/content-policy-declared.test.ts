import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/inappropriate-content/content-policy-declared.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

type Content = NonNullable<NonNullable<Declaration['doNoHarm']>['inappropriateIllegalContent']>;
const empty = repo({ 'README.md': '# app' });
const declare = (inappropriateIllegalContent: Content): Declaration => ({ doNoHarm: { inappropriateIllegalContent } });
const handled = {
  collectStoreDistribute: 'Yes',
  policyGuidelinesDocumentationLink: 'https://ex.org/content-policy',
  illegalContentDetection: 'Yes',
  illegalContentDetectionMechanism: 'User flags reviewed by moderators within 24h',
} as const;

describe('inappropriate-content/content-policy-declared', () => {
  it.each([
    ['no dpg.yml', undefined],
    ['no content answers', { doNoHarm: {} }],
    ['collectStoreDistribute Unknown', declare({ collectStoreDistribute: 'Unknown' })],
  ] as const)('needs review with %s', (_name, declaration) => {
    expect(runCheck(check, empty, declaration)).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });

  it('passes when no content is handled', () => {
    expect(runCheck(check, empty, declare({ collectStoreDistribute: 'No' }))).toEqual([
      { outcome: 'pass', messageId: 'noContent' },
    ]);
  });

  it('passes a declared policy and detection, citing the link', () => {
    expect(runCheck(check, empty, declare(handled))).toEqual([
      {
        outcome: 'pass',
        messageId: 'policy',
        data: { link: handled.policyGuidelinesDocumentationLink },
        url: handled.policyGuidelinesDocumentationLink,
      },
      { outcome: 'pass', messageId: 'detection', data: { mechanism: handled.illegalContentDetectionMechanism } },
    ]);
  });

  it('cites a repository content policy that names CSAM', () => {
    const snapshot = repo({ 'CONTENT_POLICY.md': '# Content\nWe remove child\nsexual abuse material at once.\n' });
    const findings = runCheck(check, snapshot, declare(handled));
    expect(findings).toContainEqual({
      outcome: 'pass',
      messageId: 'repoPolicy',
      path: 'CONTENT_POLICY.md',
      data: { path: 'CONTENT_POLICY.md' },
    });
    expect(outcomeOf(check, snapshot, declare(handled))).toBe('pass');
  });

  it('warns when the repository content policy never names CSAM', () => {
    const snapshot = repo({ 'COMMUNITY_GUIDELINES.md': 'Be nice. Spam is removed.' });
    expect(runCheck(check, snapshot, declare(handled))).toContainEqual({
      outcome: 'warn',
      messageId: 'noCsam',
      path: 'COMMUNITY_GUIDELINES.md',
      data: { path: 'COMMUNITY_GUIDELINES.md' },
    });
    expect(outcomeOf(check, snapshot, declare(handled))).toBe('warn');
  });

  it('fails declared content with no policy link', () => {
    const findings = runCheck(check, empty, declare({ ...handled, policyGuidelinesDocumentationLink: ' ' }));
    expect(findings[0]).toEqual({ outcome: 'fail', messageId: 'noPolicy' });
    expect(outcomeOf(check, empty, declare({ ...handled, policyGuidelinesDocumentationLink: undefined }))).toBe('fail');
  });

  it.each(['No', 'Unknown'] as const)('fails declared content whose detection is %s', (answer) => {
    const findings = runCheck(check, empty, declare({ ...handled, illegalContentDetection: answer }));
    expect(findings[1]).toEqual({ outcome: 'fail', messageId: 'noDetection', data: { answer } });
  });

  it.each([undefined, ''] as const)('asks for the detection answer when it is %j', (answer) => {
    const declaration = declare({ ...handled, illegalContentDetection: answer });
    expect(runCheck(check, empty, declaration)[1]).toEqual({ outcome: 'needs-review', messageId: 'detectionMissing' });
    expect(outcomeOf(check, empty, declaration)).toBe('needs-review');
  });

  it('says when a detection mechanism is not described', () => {
    const findings = runCheck(check, empty, declare({ ...handled, illegalContentDetectionMechanism: undefined }));
    expect(findings[1]).toEqual({
      outcome: 'pass',
      messageId: 'detection',
      data: { mechanism: 'no mechanism described' },
    });
  });
});
