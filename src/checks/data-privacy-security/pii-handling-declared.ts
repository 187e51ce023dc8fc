import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import { clip } from '../../lib/text.js';
import { entries, hasText } from '../shared/policy-documents.js';

const messages = {
  undeclared: 'Not declared: fill in doNoHarm.dataPrivacySecurity.collectsPII in dpg.yml (Yes or No)',
  noPii: 'dpg.yml declares doNoHarm.dataPrivacySecurity.collectsPII: No',
  protected: 'dpg.yml declares PII is collected and protected: {{description}}',
  unprotected:
    'dpg.yml declares PII is collected but doNoHarm.dataPrivacySecurity.ensurePrivacySecurity: {{answer}}; the Standard requires its privacy, security and integrity to be ensured',
  measuresMissing: 'dpg.yml declares PII is collected: fill in {{fields}} in dpg.yml to say how it is protected',
  types: 'dpg.yml lists the personal data collected: {{types}}',
  noTypes:
    'dpg.yml declares PII is collected but lists no types: fill in doNoHarm.dataPrivacySecurity.typesOfDataCollected (e.g. name, e-mail, phone)',
};
type Id = keyof typeof messages;
type Pii = NonNullable<NonNullable<Declaration['doNoHarm']>['dataPrivacySecurity']>;

export default defineCheck({
  meta: {
    id: 'data-privacy-security/pii-handling-declared',
    indicator: '9a',
    level: 'required',
    title: 'How personal data (PII) is collected and protected is declared',
    rationale:
      'Solutions that collect, store or distribute personally identifiable information must show how its privacy, security and integrity are ensured; only the owner can attest the level and the measures.',
    remediation:
      'In dpg.yml declare doNoHarm.dataPrivacySecurity.collectsPII; if Yes, list typesOfDataCollected, set ensurePrivacySecurity and describe the measures (encryption, access control, retention, consent; link the privacy policy) in privacySecurityDescription.',
    reads: [],
    messages,
  },
  run: ({ declaration }) => {
    const pii = declaration?.doNoHarm?.dataPrivacySecurity;
    const answer = pii?.collectsPII;
    if (pii === undefined || answer === undefined || answer === 'Unknown')
      return [{ outcome: 'needs-review', messageId: 'undeclared' }];
    if (answer === 'No') return [{ outcome: 'pass', messageId: 'noPii' }];
    return [measures(pii), typesOf(pii)];
  },
});

function measures(pii: Pii): Finding<Id> {
  const ensured = pii.ensurePrivacySecurity;
  if (ensured === 'No' || ensured === 'Unknown')
    return { outcome: 'fail', messageId: 'unprotected', data: { answer: ensured } };
  const missing = [
    ...(ensured === 'Yes' ? [] : ['ensurePrivacySecurity']),
    ...(hasText(pii.privacySecurityDescription) ? [] : ['privacySecurityDescription']),
  ].map((f) => `doNoHarm.dataPrivacySecurity.${f}`);
  if (missing.length > 0)
    return { outcome: 'needs-review', messageId: 'measuresMissing', data: { fields: missing.join(', ') } };
  return { outcome: 'pass', messageId: 'protected', data: { description: clip(pii.privacySecurityDescription ?? '') } };
}

function typesOf(pii: Pii): Finding<Id> {
  const types = entries(pii.typesOfDataCollected);
  return types.length === 0
    ? { outcome: 'warn', messageId: 'noTypes' }
    : { outcome: 'pass', messageId: 'types', data: { types: clip(types.join(', ')) } };
}
