import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-file-present.js';
import { MIT_TEXT, outcomeOf, repo, runCheck } from '../../helpers.js';

describe('open-license/license-file-present', () => {
  it.each([
    ['LICENSE', 'pass'],
    ['LICENCE.md', 'pass'],
    ['COPYING', 'pass'],
    ['LICENSES/MIT.txt', 'pass'],
    ['docs/LICENSE.txt', 'pass'],
    ['src/LICENSE', 'fail'],
    ['README.md', 'fail'],
  ] as const)('%s -> %s', (path, expected) => {
    expect(outcomeOf(check, repo({ [path]: MIT_TEXT }))).toBe(expected);
  });

  it('warns when the license file could not be read as text', () => {
    const snapshot = repo({}, { sizes: { LICENSE: 10 }, notes: [{ path: 'LICENSE', reason: 'binary' }] });
    expect(runCheck(check, snapshot)).toEqual([
      { outcome: 'warn', messageId: 'unreadable', path: 'LICENSE', data: { path: 'LICENSE', reason: 'binary' } },
    ]);
  });
});
