import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-sources-agree.js';
import { APACHE_TEXT, licenseText, MIT_TEXT, repo, runCheck } from '../../helpers.js';

describe('open-license/license-sources-agree', () => {
  it('passes when the manifest names the license of the license file', () => {
    const findings = runCheck(check, repo({ LICENSE: MIT_TEXT, 'package.json': '{\n  "license": "MIT"\n}' }));
    expect(findings).toEqual([
      {
        outcome: 'pass',
        messageId: 'agree',
        path: 'package.json',
        line: 2,
        data: { source: 'package.json license', expression: 'MIT' },
      },
    ]);
  });

  it('treats GPL-3.0-or-later in a manifest as agreeing with a GPL-3.0 text', () => {
    const files = { COPYING: licenseText('GPL-3.0-only'), 'package.json': '{"license":"GPL-3.0-or-later"}' };
    expect(runCheck(check, repo(files)).map((f) => f.outcome)).toEqual(['pass']);
  });

  it('warns with both locations when they disagree', () => {
    const [finding] = runCheck(check, repo({ LICENSE: APACHE_TEXT, 'package.json': '{"license":"MIT"}' }));
    expect(finding).toMatchObject({
      outcome: 'warn',
      messageId: 'conflict',
      path: 'package.json',
      data: { declared: 'MIT', licensePath: 'LICENSE', text: 'Apache-2.0' },
    });
  });

  it('warns when a manifest needed repairing to be read as SPDX', () => {
    const findings = runCheck(check, repo({ LICENSE: APACHE_TEXT, 'package.json': '{"license":"Apache 2"}' }));
    expect(findings[0]).toMatchObject({
      outcome: 'warn',
      messageId: 'repaired',
      data: { raw: 'Apache 2', expression: 'Apache-2.0' },
    });
    expect(findings[1]).toMatchObject({ outcome: 'pass', messageId: 'agree' });
  });

  it('warns about a package marked UNLICENSED, even with no license text to compare', () => {
    const [finding] = runCheck(check, repo({ 'package.json': '{"license":"UNLICENSED"}' }));
    expect(finding).toMatchObject({ outcome: 'warn', messageId: 'proprietary', path: 'package.json' });
  });

  it('is not applicable with only one kind of evidence', () => {
    expect(runCheck(check, repo({ LICENSE: MIT_TEXT }))[0]?.outcome).toBe('not-applicable');
    expect(runCheck(check, repo({ 'package.json': '{"license":"MIT"}' }))[0]?.outcome).toBe('not-applicable');
  });
});
