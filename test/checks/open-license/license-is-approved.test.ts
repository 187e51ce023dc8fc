import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-is-approved.js';
import { APACHE_TEXT, MIT_TEXT, outcomeOf, repo, runCheck } from '../../helpers.js';

describe('open-license/license-is-approved', () => {
  it('passes an MIT license text', () => {
    const [finding] = runCheck(check, repo({ LICENSE: MIT_TEXT }));
    expect(finding).toMatchObject({
      outcome: 'pass',
      messageId: 'approved',
      path: 'LICENSE',
      data: { expression: 'MIT' },
    });
  });

  it('passes an approved manifest license when there is no license file', () => {
    expect(outcomeOf(check, repo({ 'package.json': '{"license":"Apache-2.0"}' }))).toBe('pass');
  });

  it('passes the Apache-2.0 text', () => {
    expect(outcomeOf(check, repo({ 'LICENSE.txt': APACHE_TEXT }))).toBe('pass');
  });

  it('fails a rejected license with the DPGA reason', () => {
    const [finding] = runCheck(check, repo({ 'package.json': '{"license":"BSD-4-Clause"}' }));
    expect(finding?.outcome).toBe('fail');
    expect(finding?.messageId).toBe('rejected');
  });

  it('fails when no license is found anywhere', () => {
    expect(runCheck(check, repo({ 'README.md': '# hi' }))).toEqual([{ outcome: 'fail', messageId: 'none' }]);
  });

  it('fails an unidentifiable license file and names it', () => {
    const findings = runCheck(check, repo({ LICENSE: 'All rights reserved. Do not copy.' }));
    expect(findings).toEqual([
      { outcome: 'fail', messageId: 'unidentified', path: 'LICENSE', data: { path: 'LICENSE' } },
    ]);
  });

  it('judges CC-BY-4.0 against the declared solution type', () => {
    const content = repo({ 'package.json': '{"license":"CC-BY-4.0"}' });
    expect(outcomeOf(check, content, { type: ['content'] })).toBe('pass');
    expect(outcomeOf(check, content, { type: ['software'] })).toBe('fail');
  });

  it('asks for confirmation of an OSI license the DPGA list lacks', () => {
    expect(outcomeOf(check, repo({ 'package.json': '{"license":"AFL-1.1"}' }))).toBe('warn');
  });
});
