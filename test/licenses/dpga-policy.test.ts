import { describe, expect, it } from 'vitest';
import { judgeExpression, judgeLicenseId } from '../../src/licenses/dpga-policy.js';

describe('DPGA license policy', () => {
  it.each([
    ['MIT', 'approved'],
    ['Apache-2.0', 'approved'],
    ['GPL-3.0-or-later', 'approved'],
    ['GPL-3.0-only', 'approved'],
    ['LGPL-2.1+', 'approved'],
    ['AGPL-3.0', 'approved'],
    ['BSD-4-Clause', 'rejected'],
    ['EUPL-1.1', 'rejected'],
    ['CC-BY-ND-4.0', 'rejected'],
    ['TAPR-OHL-1.0', 'rejected'],
    ['SSPL-1.0', 'rejected'],
    ['AFL-1.1', 'needs-confirmation'],
    ['LicenseRef-Proprietary', 'unknown'],
  ])('%s is %s', (id, status) => {
    expect(judgeExpression(id).status).toBe(status);
  });

  it('maps modern GPL ids onto the deprecated ids of the DPGA list', () => {
    expect(judgeLicenseId('GPL-3.0-or-later').listedAs).toBe('GPL-3.0');
  });

  it('gives the DPGA reason for a rejection', () => {
    expect(judgeLicenseId('EUPL-1.1').reason).toMatch(/not OSI-approved/);
  });

  it('takes the best branch of OR and the worst of AND', () => {
    expect(judgeExpression('MIT OR BSD-4-Clause').status).toBe('approved');
    expect(judgeExpression('MIT AND BSD-4-Clause').status).toBe('rejected');
    expect(judgeExpression('(MIT OR Apache-2.0) AND CC-BY-4.0').status).toBe('approved');
  });

  it('judges the license against the declared solution type', () => {
    expect(judgeExpression('CC-BY-NC-4.0', ['content']).status).toBe('approved');
    expect(judgeExpression('CC-BY-NC-4.0', ['software']).status).toBe('rejected');
    expect(judgeExpression('ODbL-1.0', ['data']).status).toBe('approved');
    expect(judgeExpression('ODbL-1.0', ['software']).status).toBe('rejected');
  });

  it('accepts the wxWindows exception form the DPGA lists', () => {
    expect(judgeExpression('LGPL-2.0-or-later WITH WxWindows-exception-3.1').status).toBe('approved');
  });

  it('says when an expression is not valid SPDX', () => {
    expect(judgeExpression('MIT and or').reason).toMatch(/not a valid SPDX expression/);
  });

  // Code and content licensed separately: each part is judged against the declared type it fits.
  it.each([
    ['MIT AND CC-BY-SA-4.0', ['software', 'content'], 'approved'],
    ['MIT AND CC-BY-NC-SA-3.0', ['software', 'content'], 'approved'],
    ['Apache-2.0 AND CC-BY-NC-4.0', ['software', 'data', 'content'], 'approved'],
    ['MIT AND CC-BY-NC-SA-3.0', ['software'], 'rejected'],
    ['MIT AND CC-BY-SA-4.0', ['software'], 'rejected'],
    ['MIT AND CC-BY-ND-4.0', ['software', 'content'], 'rejected'],
    ['CC-BY-NC-SA-3.0', ['software', 'content'], 'rejected'],
    ['MIT AND CC-BY-NC-4.0', ['software', 'data'], 'rejected'],
  ] as const)('%s for %j is %s', (expression, types, status) => {
    expect(judgeExpression(expression, types).status).toBe(status);
  });

  it('judges a standard as content', () => {
    expect(judgeExpression('CC0-1.0', ['standard']).status).toBe('approved');
    expect(judgeExpression('CC-BY-ND-4.0', ['standard']).status).toBe('rejected');
    expect(judgeExpression('CC0-1.0', ['software']).status).toBe('rejected');
  });
});
