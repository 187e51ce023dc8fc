import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/declared-license-matches.js';
import { APACHE_TEXT, MIT_TEXT, licenseText, repo } from '../../helpers.js';
import { outcomeWithAnswers, runWithAnswers } from '../../declarations/claims-helpers.js';

const declare = (...ids: string[]) => `name: X\nlicense:\n${ids.map((id) => `  - spdx: ${id}\n`).join('')}`;

describe('open-license/declared-license-matches', () => {
  it.each([
    ['MIT declared, MIT text', declare('MIT'), MIT_TEXT, 'pass'],
    ['deprecated GPL-3.0 id against GPL-3.0-only text', declare('GPL-3.0'), licenseText('GPL-3.0-only'), 'pass'],
    ['MIT declared, Apache text', declare('MIT'), APACHE_TEXT, 'fail'],
    ['MIT and CC-BY-4.0 declared, MIT text', declare('MIT', 'CC-BY-4.0'), MIT_TEXT, 'warn'],
    ['BSD-4-Clause declared, BSD-3-Clause text', declare('BSD-4-Clause'), licenseText('BSD-3-Clause'), 'fail'],
    ['BSD-3-Clause declared, BSD-3-Clause text', declare('BSD-3-Clause'), licenseText('BSD-3-Clause'), 'pass'],
  ])('%s -> %s', (_name, dpg, license, expected) => {
    expect(outcomeWithAnswers(check, repo({ 'dpg.yml': dpg, LICENSE: license }))).toBe(expected);
  });

  it('cites the declaration line and names the repository evidence', () => {
    expect(runWithAnswers(check, repo({ 'dpg.yml': declare('MIT'), LICENSE: APACHE_TEXT }))).toEqual([
      {
        outcome: 'fail',
        messageId: 'differs',
        path: 'dpg.yml',
        line: 2,
        data: { claim: 'dpg.yml', declared: 'MIT', detected: 'Apache-2.0', evidence: 'LICENSE' },
      },
    ]);
  });

  it('names only the declared ids the repository does not show', () => {
    const [finding] = runWithAnswers(check, repo({ 'dpg.yml': declare('MIT', 'CC-BY-4.0'), LICENSE: MIT_TEXT }));
    expect(finding).toMatchObject({ messageId: 'partly', data: { declared: 'CC-BY-4.0' } });
  });

  it('warns when nothing in the repository shows a license, and is not applicable when none is declared', () => {
    expect(runWithAnswers(check, repo({ 'dpg.yml': declare('MIT') }))).toMatchObject([
      { outcome: 'warn', messageId: 'nothingDetected' },
    ]);
    expect(runWithAnswers(check, repo({ 'dpg.yml': 'name: X\n', LICENSE: MIT_TEXT }))).toEqual([
      { outcome: 'not-applicable', messageId: 'undeclared' },
    ]);
  });

  it('takes the declared license from publiccode.yml when dpg.yml is silent, and cites that file', () => {
    const files = {
      'publiccode.yml': 'name: X\nlegal:\n  license: EUPL-1.2\n',
      'dpg.yml': 'name: X\n',
      LICENSE: MIT_TEXT,
    };
    expect(runWithAnswers(check, repo(files))).toMatchObject([
      { outcome: 'fail', path: 'publiccode.yml', line: 3, data: { claim: 'publiccode.yml' } },
    ]);
  });

  it('does not count a manifest the license text contradicts as the repository showing the declared license', () => {
    const files = {
      'dpg.yml': declare('BSD-4-Clause'),
      LICENSE: licenseText('BSD-3-Clause'),
      'setup.py': 'setup(name="x", license="BSD-4-Clause")\n',
    };
    expect(runWithAnswers(check, repo(files))).toMatchObject([
      { outcome: 'fail', messageId: 'differs', data: { declared: 'BSD-4-Clause', detected: 'BSD-3-Clause' } },
    ]);
    const agreeing = {
      ...files,
      'setup.py': 'setup(name="x", license="BSD-3-Clause")\n',
      'dpg.yml': declare('BSD-3-Clause'),
    };
    expect(runWithAnswers(check, repo(agreeing))).toMatchObject([{ outcome: 'pass' }]);
  });
});
