import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/privacy-and-laws/privacy-compliance-declared.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

const empty = repo({ 'README.md': '# app' });
const pii = (collectsPII: 'Yes' | 'No'): Declaration['doNoHarm'] => ({ dataPrivacySecurity: { collectsPII } });

describe('privacy-and-laws/privacy-compliance-declared', () => {
  it('asks for every privacy field when dpg.yml is missing', () => {
    expect(runCheck(check, empty)).toEqual([
      {
        outcome: 'needs-review',
        messageId: 'missing',
        data: { fields: 'privacy.isPrivacyCompliant, privacy.privacyComplianceList, privacy.adherenceSteps' },
      },
    ]);
  });

  it('names only the missing fields when the answer is Unknown', () => {
    const [finding] = runCheck(check, empty, {
      privacy: { isPrivacyCompliant: 'Unknown', privacyComplianceList: ['GDPR'] },
    });
    expect(finding).toMatchObject({
      outcome: 'needs-review',
      data: { fields: 'privacy.isPrivacyCompliant, privacy.adherenceSteps' },
    });
  });

  it('passes once per declared law and cites adherence links, with the self-hosting note', () => {
    const findings = runCheck(check, empty, {
      privacy: {
        isPrivacyCompliant: 'Yes',
        privacyComplianceList: ['GDPR', ' Kenya Data Protection Act ', ''],
        adherenceSteps: ['See https://ex.org/privacy for our policy'],
      },
    });
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'law', data: { law: 'GDPR' } },
      { outcome: 'pass', messageId: 'law', data: { law: 'Kenya Data Protection Act' } },
      {
        outcome: 'pass',
        messageId: 'step',
        data: { step: 'See https://ex.org/privacy for our policy' },
        url: 'https://ex.org/privacy',
      },
      { outcome: 'not-applicable', messageId: 'selfHosted' },
    ]);
    expect(outcomeOf(check, empty, { privacy: { isPrivacyCompliant: 'Yes', privacyComplianceList: ['GDPR'] } })).toBe(
      'pass',
    );
  });

  it.each([
    ['an empty law list', { isPrivacyCompliant: 'Yes', privacyComplianceList: [] }, 'warn', 'noLaws'],
    ['no law list', { isPrivacyCompliant: 'Yes', adherenceSteps: ['We follow GDPR'] }, 'warn', 'noLaws'],
    ['a No', { isPrivacyCompliant: 'No', privacyComplianceList: ['GDPR'] }, 'fail', 'notCompliant'],
  ] as const)('judges %s', (_name, privacy, outcome, messageId) => {
    const findings = runCheck(check, empty, { privacy });
    expect(outcomeOf(check, empty, { privacy })).toBe(outcome);
    expect(findings.map((f) => f.messageId)).toContain(messageId);
    expect(findings.map((f) => f.messageId)).toContain('selfHosted');
  });

  describe('declared PII without a privacy policy', () => {
    const privacy = { isPrivacyCompliant: 'Yes', privacyComplianceList: ['GDPR'] } as const;

    it.each([
      ['nothing', { privacy, doNoHarm: pii('Yes') }],
      [
        'only a code-of-conduct template link',
        {
          privacy: { ...privacy, adherenceSteps: ['We follow https://www.contributor-covenant.org/'] },
          doNoHarm: pii('Yes'),
        },
      ],
    ] as const)('warns when there is neither a PRIVACY file nor a policy link: %s', (_name, declaration) => {
      const findings = runCheck(check, empty, declaration);
      expect(findings).toContainEqual({ outcome: 'warn', messageId: 'piiNoPolicy' });
    });

    it.each([
      ['a PRIVACY.md file', repo({ 'PRIVACY.md': '# Privacy' }), { privacy, doNoHarm: pii('Yes') }],
      [
        'an adherence link',
        empty,
        { privacy: { ...privacy, adherenceSteps: ['https://ex.org/privacy'] }, doNoHarm: pii('Yes') },
      ],
      [
        'a policy link after a colon, inside a step',
        empty,
        { privacy: { ...privacy, adherenceSteps: ['Privacy Policy:https://ex.org/terms/'] }, doNoHarm: pii('Yes') },
      ],
      [
        'a policy link inside the security description',
        empty,
        {
          privacy,
          doNoHarm: {
            dataPrivacySecurity: {
              collectsPII: 'Yes',
              privacySecurityDescription: 'Consent is asked first; policy - https://ex.org/privacy',
            },
          },
        },
      ],
      ['no PII', empty, { privacy, doNoHarm: pii('No') }],
    ] as const)('does not warn with %s', (_name, snapshot, declaration) => {
      expect(runCheck(check, snapshot, declaration).map((f) => f.messageId)).not.toContain('piiNoPolicy');
      expect(outcomeOf(check, snapshot, declaration)).toBe('pass');
    });
  });
});
