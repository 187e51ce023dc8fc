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

  it('fails declared content with no policy link and no process described', () => {
    const undescribed = { ...handled, illegalContentDetectionMechanism: undefined };
    const findings = runCheck(check, empty, declare({ ...undescribed, policyGuidelinesDocumentationLink: ' ' }));
    expect(findings[0]).toEqual({ outcome: 'fail', messageId: 'noPolicy' });
    expect(outcomeOf(check, empty, declare({ ...undescribed, policyGuidelinesDocumentationLink: undefined }))).toBe(
      'fail',
    );
  });

  it.each(['No', 'Unknown'] as const)('fails declared content whose detection is %s, unexplained', (answer) => {
    const declaration = declare({ ...handled, illegalContentDetection: answer, illegalContentDetectionMechanism: '' });
    expect(runCheck(check, empty, declaration)[1]).toEqual({
      outcome: 'fail',
      messageId: 'noDetection',
      data: { answer },
    });
  });

  it('passes a product that handles no content, whatever the other answers say', () => {
    const declaration = declare({
      collectStoreDistribute: 'No',
      policyGuidelinesDocumentationLink: '',
      illegalContentDetection: 'No',
      illegalContentDetectionMechanism: '',
    });
    expect(runCheck(check, empty, declaration)).toEqual([{ outcome: 'pass', messageId: 'noContent' }]);
  });

  const PROCESS = 'Only partner organisations we have vetted can publish, and staff review every upload';
  const CURATED = 'All lessons are written in house by our editors; users cannot publish anything';
  it.each([
    [
      'a detection process, no policy link',
      { illegalContentDetectionMechanism: PROCESS },
      [{ outcome: 'warn', messageId: 'processOnly', data: { mechanism: PROCESS } }],
      'warn',
    ],
    [
      'a detection process, and no policy key at all (older form)',
      { policyGuidelinesDocumentationLink: undefined, illegalContentDetectionMechanism: PROCESS },
      [{ outcome: 'warn', messageId: 'processOnly', data: { mechanism: PROCESS } }],
      'warn',
    ],
    [
      'detection Yes with a one-word mechanism',
      { illegalContentDetectionMechanism: 'Moderation' },
      [{ outcome: 'fail', messageId: 'noPolicy' }],
      'fail',
    ],
    [
      'detection No, explained in the mechanism',
      { illegalContentDetection: 'No', illegalContentDetectionMechanism: CURATED },
      [
        { outcome: 'warn', messageId: 'explainedNoPolicy', data: { explanation: CURATED } },
        { outcome: 'warn', messageId: 'detectionExplained', data: { explanation: CURATED } },
      ],
      'warn',
    ],
    [
      'detection No, explained in what the content is',
      { illegalContentDetection: 'No', illegalContentDetectionMechanism: '', type: [CURATED] },
      [
        { outcome: 'warn', messageId: 'explainedNoPolicy', data: { explanation: CURATED } },
        { outcome: 'warn', messageId: 'detectionExplained', data: { explanation: CURATED } },
      ],
      'warn',
    ],
    [
      'detection No with a placeholder',
      { illegalContentDetection: 'No', illegalContentDetectionMechanism: 'n/a', type: 'Lessons' },
      [
        { outcome: 'fail', messageId: 'noPolicy' },
        { outcome: 'fail', messageId: 'noDetection', data: { answer: 'No' } },
      ],
      'fail',
    ],
  ] as const)('judges declared content with %s', (_name, answers, expected, outcome) => {
    const declaration = declare({ ...handled, policyGuidelinesDocumentationLink: '', ...answers });
    const findings = runCheck(check, empty, declaration);
    expect(findings.slice(0, expected.length).filter((f) => f.outcome !== 'pass')).toEqual(expected);
    expect(outcomeOf(check, empty, declaration)).toBe(outcome);
  });

  it('takes the link out of a sentence, declared, not verified offline', () => {
    const link = 'Our content rules - https://ex.org/rules.';
    expect(runCheck(check, empty, declare({ ...handled, policyGuidelinesDocumentationLink: link }))[0]).toEqual({
      outcome: 'pass',
      messageId: 'policy',
      url: 'https://ex.org/rules',
      data: { link },
    });
    expect(check.meta.messages.policy).toContain('declared, not verified offline');
  });

  it('warns when the policy is a Google Docs or Drive document', () => {
    const url = 'https://docs.google.com/document/d/e/abc/pub';
    const declaration = declare({ ...handled, policyGuidelinesDocumentationLink: `Terms of service - ${url}` });
    expect(runCheck(check, empty, declaration)[0]).toEqual({
      outcome: 'warn',
      messageId: 'privatePolicy',
      url,
      data: { url },
    });
  });

  it('cites the file when the policy link points into the repository', () => {
    const snapshot = repo({ 'docs/rules.md': 'CSAM is removed' });
    const declaration = declare({ ...handled, policyGuidelinesDocumentationLink: 'docs/rules.md' });
    expect(runCheck(check, snapshot, declaration)[0]).toEqual({
      outcome: 'pass',
      messageId: 'policyInRepo',
      path: 'docs/rules.md',
      data: { path: 'docs/rules.md' },
    });
  });

  it('takes a content policy in the repository as the policy when dpg.yml links none', () => {
    const snapshot = repo({ 'CONTENT_POLICY.md': 'We remove child sexual abuse material at once.' });
    const declaration = declare({ ...handled, policyGuidelinesDocumentationLink: '' });
    expect(runCheck(check, snapshot, declaration)).not.toContainEqual({ outcome: 'fail', messageId: 'noPolicy' });
    expect(outcomeOf(check, snapshot, declaration)).toBe('pass');
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
