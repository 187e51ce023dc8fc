import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-sources-agree.js';
import { APACHE_HEAD, MIT_TEXT, repo, runCheck } from '../../helpers.js';

describe('open-license/license-sources-agree', () => {
  it('passes when the manifest names the license of the license file', () => {
    const findings = runCheck(check, repo({ LICENSE: MIT_TEXT, 'package.json': '{\n  "license": "MIT"\n}' }));
    expect(findings).toEqual([
      { outcome: 'pass', messageId: 'agree', path: 'package.json', line: 2, data: { path: 'package.json', expression: 'MIT' } },
    ]);
  });

  it('treats GPL-3.0-or-later in a manifest as agreeing with a GPL-3.0 text', () => {
    const gpl = 'GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007';
    const [finding] = runCheck(check, repo({ COPYING: gpl, 'package.json': '{"license":"GPL-3.0-or-later"}' }));
    expect(finding?.outcome).toBe('pass');
  });

  it('warns with both locations when they disagree', () => {
    const [finding] = runCheck(check, repo({ LICENSE: APACHE_HEAD, 'package.json': '{"license":"MIT"}' }));
    expect(finding).toMatchObject({
      outcome: 'warn', messageId: 'conflict', path: 'package.json',
      data: { manifest: 'MIT', licensePath: 'LICENSE', text: 'Apache-2.0' },
    });
  });

  it('is not applicable with only one kind of evidence', () => {
    expect(runCheck(check, repo({ LICENSE: MIT_TEXT }))[0]?.outcome).toBe('not-applicable');
    expect(runCheck(check, repo({ 'package.json': '{"license":"MIT"}' }))[0]?.outcome).toBe('not-applicable');
  });
});
