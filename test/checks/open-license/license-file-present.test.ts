import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-file-present.js';
import type { Declaration } from '../../../src/model/declaration.js';
import type { MemoryRepoOptions } from '../../../src/sources/memory.js';
import { MIT_TEXT, outcomeOf, repo, runCheck } from '../../helpers.js';

const OWN = 'https://github.com/acme/clinic';
const linking = (licenseURL: string): Declaration => ({ license: [{ spdx: 'MIT', licenseURL }] });
const onGitHub: MemoryRepoOptions = { target: { url: OWN } };
const checkedMain: MemoryRepoOptions = { target: { url: OWN }, meta: { defaultBranch: 'main' } };

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

  // No license file in the tree: the application's licenseURL is the evidence left.
  it.each([
    ['another branch of this repository', `${OWN}/blob/backend/LICENSE`, onGitHub, 'warn'],
    ['the project website', 'https://clinic.example.org/license', onGitHub, 'warn'],
    ['a sentence with the link in it', 'MIT, see https://clinic.example.org/license', onGitHub, 'warn'],
    ['the checked default branch, file gone', `${OWN}/blob/main/LICENSE`, checkedMain, 'fail'],
    ['master, when the checked ref is unknown', `${OWN}/blob/master/LICENSE`, onGitHub, 'fail'],
    ['a file of this tree the name patterns miss', `${OWN}/blob/develop/LICENSE_SOURCE`, onGitHub, 'pass'],
    ['nothing', '', onGitHub, 'fail'],
  ] as const)('no license file, licenseURL on %s -> %s', (_name, url, options, expected) => {
    const files = { 'README.md': '# Clinic', ...(url.includes('LICENSE_SOURCE') ? { LICENSE_SOURCE: MIT_TEXT } : {}) };
    expect(outcomeOf(check, repo(files, options), linking(url))).toBe(expected);
  });

  it('says the declared license link was not verified offline', () => {
    const findings = runCheck(
      check,
      repo({ 'README.md': '# Clinic' }, onGitHub),
      linking(`${OWN}/blob/backend/LICENSE`),
    );
    expect(findings).toEqual([
      {
        outcome: 'warn',
        messageId: 'declaredAt',
        data: { claim: 'dpg.yml', spdx: 'MIT', url: `${OWN}/blob/backend/LICENSE` },
      },
    ]);
  });

  it('fails without a license file or a declaration', () => {
    expect(runCheck(check, repo({ 'README.md': '# Clinic' }))).toEqual([{ outcome: 'fail', messageId: 'missing' }]);
  });
});
