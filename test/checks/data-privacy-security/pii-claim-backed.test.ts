import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-privacy-security/pii-claim-backed.js';
import { repo } from '../../helpers.js';
import { outcomeWithAnswers, runWithAnswers } from '../../declarations/claims-helpers.js';

const PII = 'doNoHarm:\n  dataPrivacySecurity:\n    collectsPII: "Yes"\n';

describe('data-privacy-security/pii-claim-backed', () => {
  it.each([
    ['PRIVACY.md', 'pass'],
    ['SECURITY.md', 'pass'],
    ['docs/terms-of-service.md', 'pass'],
    ['README.md', 'fail'],
  ])('PII declared, %s in the repository -> %s', (path, expected) => {
    expect(outcomeWithAnswers(check, repo({ 'dpg.yml': PII, [path]: '# policy' }))).toBe(expected);
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
