import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/open-license/license-is-approved.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { APACHE_TEXT, MIT_TEXT, licenseText, outcomeOf, repo, runCheck } from '../../helpers.js';

const BSD3 = licenseText('BSD-3-Clause').replace('<year> <owner>', '2020 Example Lab');
/** A BSD text with a clause of our own added, so it no longer matches any standard text. */
const ALTERED_BSD = BSD3.replace(
  'THIS SOFTWARE IS PROVIDED',
  [
    '4. Any published report that relies on results produced with this software must credit the',
    'Example Lab by name in its acknowledgements section.',
    '',
    '5. Copies of modified versions must be sent to the Example Lab within thirty days of release.',
    '',
    'THIS SOFTWARE IS PROVIDED',
  ].join('\n'),
);
const declaring = (spdx: string, type: Declaration['type'] = ['software']): Declaration => ({
  type,
  license: [{ spdx }],
});

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

  // A declared license the DPGA rejects stands unless a text shows an approved license beyond doubt.
  it.each([
    ['declared BSD-4-Clause, altered BSD text', 'fail', { LICENSE: ALTERED_BSD }, 'BSD-4-Clause'],
    ['declared BSD-3-Clause, the same altered text', 'warn', { LICENSE: ALTERED_BSD }, 'BSD-3-Clause'],
    ['declared BSD-4-Clause, verbatim BSD-3-Clause text', 'pass', { LICENSE: BSD3 }, 'BSD-4-Clause'],
    ['declared BSD-4-Clause, only an MIT manifest', 'fail', { 'package.json': '{"license":"MIT"}' }, 'BSD-4-Clause'],
    ['declared MIT, MIT manifest', 'pass', { 'package.json': '{"license":"MIT"}' }, 'MIT'],
  ] as const)('%s -> %s', (_name, expected, files, spdx) => {
    expect(outcomeOf(check, repo(files), declaring(spdx))).toBe(expected);
  });

  it('names the declaration that the DPGA rejects', () => {
    const findings = runCheck(check, repo({ LICENSE: ALTERED_BSD }), declaring('BSD-4-Clause'));
    expect(findings).toContainEqual(
      expect.objectContaining({
        outcome: 'fail',
        messageId: 'declaredRejected',
        data: expect.objectContaining({ source: 'The application', declared: 'BSD-4-Clause' }),
      }),
    );
  });

  it('reads a rejected license in a manifest beside an altered text', () => {
    const files = { LICENSE: ALTERED_BSD, 'setup.py': 'setup(name="x", license="BSD-4-Clause")\n' };
    expect(runCheck(check, repo(files))).toContainEqual(
      expect.objectContaining({ outcome: 'fail', messageId: 'declaredRejected', path: 'setup.py' }),
    );
  });

  it('judges a standard as content', () => {
    const findings = runCheck(check, repo({ LICENSE: licenseText('CC0-1.0') }), { type: ['standard'] });
    expect(findings[0]).toMatchObject({ outcome: 'pass', messageId: 'approved' });
    expect(outcomeOf(check, repo({ LICENSE: licenseText('CC0-1.0') }), { type: ['software'] })).toBe('fail');
  });

  it('judges code and content licenses each against its own type', () => {
    const both = repo({ 'LICENSES/MIT.txt': MIT_TEXT, 'LICENSES/CC-BY-NC-SA-3.0.txt': licenseText('CC-BY-NC-SA-3.0') });
    expect(runCheck(check, both, { type: ['software', 'content'] })[0]).toMatchObject({
      outcome: 'pass',
      data: { expression: 'CC-BY-NC-SA-3.0 AND MIT' },
    });
    expect(outcomeOf(check, both, { type: ['software'] })).toBe('fail');
    const noDerivatives = repo({
      'LICENSES/MIT.txt': MIT_TEXT,
      'LICENSES/CC-BY-ND-4.0.txt': licenseText('CC-BY-ND-4.0'),
    });
    expect(outcomeOf(check, noDerivatives, { type: ['software', 'content'] })).toBe('fail');
  });

  it("takes a content site's Creative Commons statement as its license, and fails without one", () => {
    const page = (sentence: string) =>
      `export default () => (\n  <p>\n    ${sentence}{" "}\n    <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA</a>\n  </p>\n);\n`;
    const stated = repo({ 'src/pages/index.js': page('These lessons are licensed under') });
    expect(runCheck(check, stated, { type: ['content'] })[0]).toMatchObject({
      outcome: 'pass',
      path: 'src/pages/index.js',
      data: { expression: 'CC-BY-SA-4.0' },
    });
    const unstated = repo({ 'src/pages/index.js': page('Read about open licenses at') });
    expect(runCheck(check, unstated, { type: ['content'] })).toEqual([{ outcome: 'fail', messageId: 'none' }]);
  });

  it('identifies a short license file that names its license in a sentence, with setup.py naming it through a constant', () => {
    const files = {
      LICENSE: [
        'Copyright (c) the Example Data Lab.',
        '',
        'You may use, copy and share this program under the terms of GNU [GPL-3.0]+ license.',
        '',
        '[GPL-3.0]: https://www.gnu.org/licenses/gpl-3.0.en.html',
        '',
      ].join('\n'),
      'setup.py': "from setuptools import setup\n\nLICENSE = 'GPLv3+'\n\nsetup(name='survey-kit', license=LICENSE)\n",
    };
    expect(runCheck(check, repo(files), { type: ['software'] })[0]).toMatchObject({
      outcome: 'pass',
      data: { expression: 'GPL-3.0-or-later' },
    });
  });

  it('judges the licenses an application declares for code and content together', () => {
    const both: Declaration = {
      type: ['software', 'content'],
      license: [{ spdx: 'MIT' }, { spdx: 'CC-BY-NC-SA-3.0' }],
    };
    const files = { 'LICENSES/MIT.txt': MIT_TEXT, 'LICENSES/CC-BY-NC-SA-3.0.txt': licenseText('CC-BY-NC-SA-3.0') };
    expect(outcomeOf(check, repo(files), both)).toBe('pass');
    expect(outcomeOf(check, repo({ LICENSE: ALTERED_BSD }), both)).toBe('warn');
    const noDerivatives = { ...both, license: [{ spdx: 'MIT' }, { spdx: 'CC-BY-ND-4.0' }] };
    expect(runCheck(check, repo({ LICENSE: ALTERED_BSD }), noDerivatives)).toContainEqual(
      expect.objectContaining({
        messageId: 'declaredRejected',
        data: expect.objectContaining({ declared: 'MIT AND CC-BY-ND-4.0' }),
      }),
    );
  });

  // A collection checked on the repository of the code that serves it.
  it.each([
    [
      'CC licenses declared at a URL',
      [{ spdx: 'CC-BY-4.0', licenseURL: 'https://books.example.org/licenses' }],
      'warn',
    ],
    ['CC licenses declared, no URL', [{ spdx: 'CC-BY-4.0' }], 'fail'],
    [
      'the code license declared for the content',
      [{ spdx: 'Apache-2.0', licenseURL: 'https://books.example.org/licenses' }],
      'fail',
    ],
    ['an ND license declared', [{ spdx: 'CC-BY-ND-4.0', licenseURL: 'https://books.example.org/licenses' }], 'fail'],
    ['nothing declared', [], 'fail'],
  ] as const)('content type, Apache-2.0 code, %s -> %s', (_name, license, expected) => {
    expect(outcomeOf(check, repo({ LICENSE: APACHE_TEXT }), { type: ['content'], license })).toBe(expected);
  });

  it('says which license covers what, and that the declared one was not verified', () => {
    const declaration: Declaration = {
      type: ['content'],
      license: [{ spdx: 'CC-BY-4.0', licenseURL: 'see https://books.example.org/licenses' }],
    };
    expect(runCheck(check, repo({ LICENSE: APACHE_TEXT }), declaration)[0]).toMatchObject({
      outcome: 'warn',
      messageId: 'contentElsewhere',
      data: {
        expression: 'Apache-2.0',
        declared: 'CC-BY-4.0',
        types: 'content',
        url: 'https://books.example.org/licenses',
      },
    });
  });
});
