import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/harassment-protection/interaction-protection-declared.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { clip } from '../../../src/lib/text.js';
import { outcomeOf, repo, runCheck } from '../../helpers.js';

type Harassment = NonNullable<NonNullable<Declaration['doNoHarm']>['protectionFromHarassment']>;
const withCoc = repo({ 'CODE_OF_CONDUCT.md': 'Report to conduct@ex.org' });
const empty = repo({ 'README.md': '# app' });
const declare = (protectionFromHarassment: Harassment): Declaration => ({ doNoHarm: { protectionFromHarassment } });
const FIELD = 'doNoHarm.protectionFromHarassment';
const protectedUsers = {
  userInteraction: 'Yes',
  griefAbuseHarassmentProtection: 'Yes',
  harassmentProtectionSteps: ['Block and report buttons', 'Moderation queue'],
  addressSafetySecurityUnderageUsers: 'Yes',
} as const;

describe('harassment-protection/interaction-protection-declared', () => {
  it.each([
    ['no dpg.yml', undefined],
    ['no harassment answers', { doNoHarm: {} }],
    ['userInteraction Unknown', declare({ userInteraction: 'Unknown' })],
  ] as const)('needs review with %s', (_name, declaration) => {
    expect(runCheck(check, withCoc, declaration)).toEqual([{ outcome: 'needs-review', messageId: 'undeclared' }]);
  });

  it('passes when users do not interact', () => {
    expect(runCheck(check, empty, declare({ userInteraction: 'No' }))).toEqual([
      { outcome: 'pass', messageId: 'noInteraction' },
    ]);
  });

  it('passes declared protection, an underage answer and a code of conduct', () => {
    expect(runCheck(check, withCoc, declare(protectedUsers))).toEqual([
      { outcome: 'pass', messageId: 'protected', data: { steps: 'Block and report buttons; Moderation queue' } },
      { outcome: 'pass', messageId: 'underage', data: { answer: 'Yes' } },
      { outcome: 'pass', messageId: 'repoProcess', path: 'CODE_OF_CONDUCT.md', data: { path: 'CODE_OF_CONDUCT.md' } },
    ]);
    expect(outcomeOf(check, withCoc, declare({ ...protectedUsers, addressSafetySecurityUnderageUsers: 'No' }))).toBe(
      'pass',
    );
  });

  it('accepts a content policy as the reporting process', () => {
    const snapshot = repo({ 'COMMUNITY_GUIDELINES.md': 'x' });
    expect(runCheck(check, snapshot, declare(protectedUsers))[2]).toMatchObject({
      outcome: 'pass',
      path: 'COMMUNITY_GUIDELINES.md',
    });
  });

  it('warns when users interact and the repository has no code of conduct or reporting process', () => {
    const findings = runCheck(check, empty, declare(protectedUsers));
    expect(findings[2]).toEqual({ outcome: 'warn', messageId: 'noRepoProcess' });
    expect(check.meta.messages.noRepoProcess).toContain('dpg.yml');
    expect(outcomeOf(check, empty, declare(protectedUsers))).toBe('warn');
  });

  const CLOSED = 'Only ministry staff with accounts can sign in, and each ministry applies its own conduct rules';
  it.each([
    ['explained steps', [CLOSED], 'warn'],
    [
      'explained over several steps',
      ['Closed user base of ministry staff.', 'Each ministry sets its conduct rules.'],
      'warn',
    ],
    ['a placeholder', ['n/a'], 'fail'],
    ['no steps', [], 'fail'],
    ['a short remark', ['Not needed here'], 'fail'],
  ] as const)('judges protection declared No with %s', (_name, steps, expected) => {
    const declaration = declare({
      ...protectedUsers,
      griefAbuseHarassmentProtection: 'No',
      harassmentProtectionSteps: steps,
    });
    const [finding] = runCheck(check, withCoc, declaration);
    expect(finding).toEqual(
      expected === 'warn'
        ? { outcome: 'warn', messageId: 'unprotectedExplained', data: { steps: clip(steps.join('; ')) } }
        : { outcome: 'fail', messageId: 'unprotected', data: { answer: 'No' } },
    );
    expect(outcomeOf(check, withCoc, declaration)).toBe(expected);
  });

  it.each(['No', 'Unknown'] as const)('fails when protection is declared %s', (answer) => {
    const declaration = declare({ ...protectedUsers, griefAbuseHarassmentProtection: answer });
    expect(runCheck(check, withCoc, declaration)[0]).toEqual({
      outcome: 'fail',
      messageId: 'unprotected',
      data: { answer },
    });
    expect(outcomeOf(check, withCoc, declaration)).toBe('fail');
  });

  it.each([
    ['the steps', { harassmentProtectionSteps: [' '] }, `${FIELD}.harassmentProtectionSteps`],
    ['the answer', { griefAbuseHarassmentProtection: '' }, `${FIELD}.griefAbuseHarassmentProtection`],
    [
      'both',
      { griefAbuseHarassmentProtection: undefined, harassmentProtectionSteps: undefined },
      `${FIELD}.griefAbuseHarassmentProtection, ${FIELD}.harassmentProtectionSteps`,
    ],
  ] as const)('asks for %s when protection is not declared', (_name, fields, missing) => {
    const [finding] = runCheck(check, withCoc, declare({ ...protectedUsers, ...fields }));
    expect(finding).toEqual({ outcome: 'needs-review', messageId: 'protectionMissing', data: { fields: missing } });
  });

  it.each([undefined, '', 'Unknown'] as const)('asks about underage users when the answer is %j', (answer) => {
    const declaration = declare({ ...protectedUsers, addressSafetySecurityUnderageUsers: answer });
    expect(runCheck(check, withCoc, declaration)[1]).toEqual({ outcome: 'needs-review', messageId: 'underageMissing' });
    expect(outcomeOf(check, withCoc, declaration)).toBe('needs-review');
  });
});
