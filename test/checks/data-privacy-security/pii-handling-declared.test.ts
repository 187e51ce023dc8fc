import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/data-privacy-security/pii-handling-declared.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

type Pii = NonNullable<NonNullable<Declaration['doNoHarm']>['dataPrivacySecurity']>;
const empty = repo({ 'README.md': '# app' });
const declare = (dataPrivacySecurity: Pii): Declaration => ({ doNoHarm: { dataPrivacySecurity } });
const measures = {
  ensurePrivacySecurity: 'Yes',
  privacySecurityDescription: 'Encrypted at rest; see https://ex.org/privacy',
} as const;

describe('data-privacy-security/pii-handling-declared', () => {
  it.each([
    ['no dpg.yml', undefined],
    ['no doNoHarm answers', {}],
    ['collectsPII missing', declare({ typesOfDataCollected: ['name'] })],
    ['collectsPII Unknown', declare({ collectsPII: 'Unknown' })],
  ] as const)('needs review with %s', (_name, declaration) => {
    expect(runCheck(check, empty, declaration)).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });

  it('passes a declared No', () => {
    expect(runCheck(check, empty, declare({ collectsPII: 'No' }))).toEqual([{ outcome: 'pass', messageId: 'noPii' }]);
  });

  it('passes declared PII with measures, a description and data types', () => {
    const findings = runCheck(
      check,
      empty,
      declare({ collectsPII: 'Yes', typesOfDataCollected: ['name', ' e-mail '], ...measures }),
    );
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'protected', data: { description: measures.privacySecurityDescription } },
      { outcome: 'pass', messageId: 'types', data: { types: 'name, e-mail' } },
    ]);
  });

  it('warns when the data types are not listed', () => {
    const findings = runCheck(check, empty, declare({ collectsPII: 'Yes', typesOfDataCollected: [' '], ...measures }));
    expect(findings.map((f) => [f.outcome, f.messageId])).toEqual([
      ['pass', 'protected'],
      ['warn', 'noTypes'],
    ]);
  });

  it.each(['No', 'Unknown'] as const)('fails PII whose protection is declared %s', (answer) => {
    const declaration = declare({
      collectsPII: 'Yes',
      typesOfDataCollected: ['name'],
      ensurePrivacySecurity: answer,
      privacySecurityDescription: 'x',
    });
    expect(runCheck(check, empty, declaration)[0]).toEqual({
      outcome: 'fail',
      messageId: 'unprotected',
      data: { answer },
    });
    expect(outcomeOf(check, empty, declaration)).toBe('fail');
  });

  it.each([
    [
      'both',
      {},
      'doNoHarm.dataPrivacySecurity.ensurePrivacySecurity, doNoHarm.dataPrivacySecurity.privacySecurityDescription',
    ],
    [
      'the description',
      { ensurePrivacySecurity: 'Yes', privacySecurityDescription: '  ' },
      'doNoHarm.dataPrivacySecurity.privacySecurityDescription',
    ],
    [
      'the answer',
      { privacySecurityDescription: 'TLS everywhere' },
      'doNoHarm.dataPrivacySecurity.ensurePrivacySecurity',
    ],
  ] as const)('asks for %s when the measures are not declared', (_name, fields, missing) => {
    const [finding] = runCheck(
      check,
      empty,
      declare({ collectsPII: 'Yes', typesOfDataCollected: ['name'], ...fields }),
    );
    expect(finding).toEqual({ outcome: 'needs-review', messageId: 'measuresMissing', data: { fields: missing } });
  });
});
