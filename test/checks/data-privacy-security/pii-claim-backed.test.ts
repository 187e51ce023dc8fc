import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-privacy-security/pii-claim-backed.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';
import { outcomeWithAnswers, runWithAnswers } from '../../declarations/claims-helpers.js';

const PII = 'doNoHarm:\n  dataPrivacySecurity:\n    collectsPII: "Yes"\n';
const MEASURES = 'Records are encrypted at rest and in transit, and only named staff can open them.';
const COVENANT = 'Our community follows the Contributor Covenant - https://www.contributor-covenant.org/';

interface Answers {
  readonly steps?: readonly string[];
  readonly description?: string;
  readonly ensured?: 'Yes' | 'No';
  readonly harm?: string;
}
/** A declaration that collects PII, with the answers where a policy link or the measures may be written. */
function pii({ steps, description, ensured, harm }: Answers): Declaration {
  return {
    ...(steps ? { privacy: { adherenceSteps: steps } } : {}),
    doNoHarm: {
      ...(harm ? { preventHarm: { additionalInfoMechanismProcessesPolicies: harm } } : {}),
      dataPrivacySecurity: {
        collectsPII: 'Yes',
        ...(ensured ? { ensurePrivacySecurity: ensured } : {}),
        ...(description ? { privacySecurityDescription: description } : {}),
      },
    },
  };
}
const bare = repo({ 'README.md': '# app' });

describe('data-privacy-security/pii-claim-backed', () => {
  it.each([
    ['PRIVACY.md', 'pass'],
    ['SECURITY.md', 'pass'],
    ['docs/terms-of-service.md', 'pass'],
    ['README.md', 'fail'],
  ])('PII declared, %s in the repository -> %s', (path, expected) => {
    expect(outcomeWithAnswers(check, repo({ 'dpg.yml': PII, [path]: '# policy' }))).toBe(expected);
  });

  it.each([
    ['a policy named otherwise at the root', 'Acme Privacy Policy.pdf', 'pass'],
    ['a privacy notice in docs/', 'docs/Acme privacy notice.pdf', 'pass'],
    ['code named after privacy', 'src/privacy.ts', 'fail'],
  ])('PII declared, %s (%s) -> %s', (_name, path, expected) => {
    expect(outcomeWithAnswers(check, repo({ 'dpg.yml': PII, [path]: 'x' }))).toBe(expected);
  });

  it.each([
    [
      'a link after a dash in a privacy answer',
      { steps: ['Privacy policy - https://acme.example/privacy'] },
      'privacy.adherenceSteps[0]',
      'https://acme.example/privacy',
    ],
    [
      'a link after a colon with no space',
      { steps: ['Privacy Policy:https://acme.example/terms-and-conditions/'] },
      'privacy.adherenceSteps[0]',
      'https://acme.example/terms-and-conditions/',
    ],
    [
      'a link ending a sentence of the security description',
      { description: `${MEASURES} The policy is at https://acme.example/privacy.` },
      'doNoHarm.dataPrivacySecurity.privacySecurityDescription',
      'https://acme.example/privacy',
    ],
    [
      'the step naming a privacy policy before another link',
      {
        steps: [
          'Data sharing agreements: https://acme.example/sharing',
          'Privacy policy - https://acme.example/privacy',
        ],
      },
      'privacy.adherenceSteps[1]',
      'https://acme.example/privacy',
    ],
    [
      'a privacy answer before the general harm answer',
      { harm: 'Our safeguards: https://acme.example/safeguards', steps: ['See https://acme.example/data'] },
      'privacy.adherenceSteps[0]',
      'https://acme.example/data',
    ],
    [
      'a public page before a Drive document',
      { steps: ['Privacy policy - https://docs.google.com/document/d/abc/edit', 'Terms - https://acme.example/terms'] },
      'privacy.adherenceSteps[1]',
      'https://acme.example/terms',
    ],
  ] as const)('passes %s, declared, not verified offline', (_name, answers, field, url) => {
    const findings = runCheck(check, bare, pii(answers));
    expect(findings).toEqual([{ outcome: 'pass', messageId: 'linked', url, data: { claim: 'dpg.yml', field, url } }]);
    expect(check.meta.messages.linked).toContain('declared, not verified offline');
  });

  it('warns when the only policy link is a Google Docs or Drive document', () => {
    const url = 'https://docs.google.com/document/d/abc/edit?usp=sharing';
    const findings = runCheck(check, bare, pii({ steps: [`Privacy policy - ${url}`] }));
    expect(findings).toEqual([
      {
        outcome: 'warn',
        messageId: 'privateDocument',
        url,
        data: { claim: 'dpg.yml', field: 'privacy.adherenceSteps[0]', url },
      },
    ]);
  });

  it.each([
    ['a path into the repository', 'docs/privacy-notice.pdf'],
    ['a URL of this repository', 'https://github.com/acme/memory/blob/main/docs/privacy-notice.pdf'],
  ])('cites the file when the declared link is %s', (_name, link) => {
    const snapshot = repo({ 'README.md': '# app', 'docs/privacy-notice.pdf': 'x' });
    expect(runCheck(check, snapshot, pii({ steps: [link] }))).toEqual([
      {
        outcome: 'pass',
        messageId: 'policy',
        path: 'docs/privacy-notice.pdf',
        data: { claim: 'dpg.yml', path: 'docs/privacy-notice.pdf' },
      },
    ]);
  });

  it.each([
    [
      'a link into the repository to a missing file',
      { steps: ['Privacy policy - https://github.com/acme/memory/blob/main/PRIVACY.md'] },
    ],
    ['a code-of-conduct template link in the harm answer', { harm: COVENANT }],
    ['free text with no link', { steps: ['We follow the law'] }],
  ] as const)('fails with %s and nothing else', (_name, answers) => {
    expect(outcomeOf(check, bare, pii(answers))).toBe('fail');
  });

  it.each([
    [
      'the security description',
      { ensured: 'Yes', description: MEASURES, harm: COVENANT },
      'doNoHarm.dataPrivacySecurity.privacySecurityDescription',
    ],
    ['an adherence step', { ensured: 'Yes', steps: ['Consent', MEASURES] }, 'privacy.adherenceSteps[1]'],
  ] as const)('warns when %s describes the measures but no policy is linked', (_name, answers, field) => {
    expect(runCheck(check, bare, pii(answers))).toEqual([
      { outcome: 'warn', messageId: 'described', data: { claim: 'dpg.yml', field, description: MEASURES } },
    ]);
  });

  it.each([
    ['a placeholder description', { ensured: 'Yes', description: 'N/A' }],
    ['a description too short to say anything', { ensured: 'Yes', description: 'Data is secure.' }],
    ['measures described while protection is not attested', { ensured: 'No', description: MEASURES }],
    ['protection attested with nothing described', { ensured: 'Yes' }],
  ] as const)('fails with %s and no policy', (_name, answers) => {
    expect(runCheck(check, bare, pii(answers))).toEqual([
      { outcome: 'fail', messageId: 'noPolicy', data: { claim: 'dpg.yml' } },
    ]);
  });

  it('fails citing the collectsPII line when no policy is anywhere', () => {
    expect(runWithAnswers(check, repo({ 'dpg.yml': PII }))).toEqual([
      { outcome: 'fail', messageId: 'noPolicy', path: 'dpg.yml', line: 3, data: { claim: 'dpg.yml' } },
    ]);
  });

  it('accepts a policy published elsewhere and linked in the privacy answers', () => {
    const dpg = `${PII}privacy:\n  adherenceSteps:\n    - Consent on sign-up\n    - https://example.org/privacy\n`;
    expect(runWithAnswers(check, repo({ 'dpg.yml': dpg }))).toEqual([
      {
        outcome: 'pass',
        messageId: 'linked',
        url: 'https://example.org/privacy',
        // The evidence points at the answer that holds the link.
        path: 'dpg.yml',
        line: 7,
        data: { claim: 'dpg.yml:3', field: 'privacy.adherenceSteps[1]', url: 'https://example.org/privacy' },
      },
    ]);
  });

  it.each([['collectsPII: "No"'], ['collectsPII: Unknown'], ['']])(
    'is not applicable unless PII is declared (%s)',
    (answer) => {
      const dpg = answer ? `doNoHarm:\n  dataPrivacySecurity:\n    ${answer}\n` : 'name: X\n';
      expect(runWithAnswers(check, repo({ 'dpg.yml': dpg }))).toEqual([
        { outcome: 'not-applicable', messageId: 'notClaimed' },
      ]);
    },
  );
});
