import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/clear-ownership/copyright-holder-stated.js';
import { MIT_TEXT, outcomeOf, repo, runCheck } from '../../helpers.js';

const MIT_TEMPLATE = MIT_TEXT.replace('2024 Example Foundation', '<year> <copyright holders>');
const APACHE = `
                                 Apache License
                           Version 2.0, January 2004

      "Contribution" shall mean any work of authorship submitted by the copyright owner.

   END OF TERMS AND CONDITIONS

   APPENDIX: How to apply the Apache License to your work.

   Copyright [yyyy] [name of copyright owner]
`;
const GPL = `                    GNU GENERAL PUBLIC LICENSE
                       Version 3, 29 June 2007

 Copyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>

  "Copyright" also means copyright-like laws that apply to other kinds of works.

                     END OF TERMS AND CONDITIONS

            How to Apply These Terms to Your New Programs

    Copyright (C) <year>  <name of author>
`;

describe('clear-ownership/copyright-holder-stated', () => {
  it('passes the holder of an MIT copyright line, citing path and line', () => {
    expect(runCheck(check, repo({ LICENSE: MIT_TEXT }))).toEqual([
      { outcome: 'pass', messageId: 'holder', path: 'LICENSE', line: 3, data: { holder: 'Example Foundation' } },
    ]);
  });

  it.each([
    ['NOTICE', 'Acme Health\nCopyright 2019-2024 Acme Health Ltd.', 'Acme Health Ltd', 2],
    ['README.md', '# App\n\n© 2024 [Acme Health](https://acme.org). All rights reserved.', 'Acme Health', 3],
    ['COPYRIGHT', 'Copyright (c) The Acme Authors', 'The Acme Authors', 1],
    ['AUTHORS.md', 'Copyright: 2021, Jane Doe <jane@example.org>', 'Jane Doe', 1],
  ])('passes a holder named in %s beside a bare Apache text', (path, text, holder, line) => {
    expect(runCheck(check, repo({ LICENSE: APACHE, [path]: text }))).toEqual([
      { outcome: 'pass', messageId: 'holder', path, line, data: { holder } },
    ]);
  });

  it('fails an unfilled MIT template and cites the placeholder line', () => {
    expect(runCheck(check, repo({ LICENSE: MIT_TEMPLATE }))).toEqual([
      { outcome: 'fail', messageId: 'missing' },
      {
        outcome: 'warn',
        messageId: 'template',
        path: 'LICENSE',
        line: 3,
        data: { text: 'Copyright (c) <year> <copyright holders>' },
      },
    ]);
  });

  it.each([
    ['a bare Apache text', { LICENSE: APACHE }],
    ['a GPL text: the FSF line and the appendix placeholders do not count', { COPYING: GPL }],
    ['a decorative heading', { 'README.md': '### ©️ License\n\nMIT' }],
  ])('fails %s without citing template lines', (_, files) => {
    expect(runCheck(check, repo(files))).toEqual([{ outcome: 'fail', messageId: 'missing' }]);
  });

  it('passes a holder written into the GPL appendix', () => {
    const filled = GPL.replace('<year>  <name of author>', '2019  Jane Doe');
    expect(runCheck(check, repo({ LICENSE: filled }))).toEqual([
      { outcome: 'pass', messageId: 'holder', path: 'LICENSE', line: 12, data: { holder: 'Jane Doe' } },
    ]);
  });

  it('warns when a holder is named but the license template is left unfilled', () => {
    const findings = runCheck(check, repo({ LICENSE: MIT_TEMPLATE, NOTICE: 'Copyright 2020 Acme' }));
    expect(findings.map((f) => [f.outcome, f.messageId, f.path])).toEqual([
      ['pass', 'holder', 'NOTICE'],
      ['warn', 'template', 'LICENSE'],
    ]);
  });

  it('passes on declared ownership evidence when no copyright line is found', () => {
    const declaration = {
      clearOwnership: { isOwnershipExplicit: 'Yes' as const, copyrightURL: 'https://acme.org/about' },
    };
    expect(runCheck(check, repo({ LICENSE: APACHE }), declaration)).toEqual([
      {
        outcome: 'pass',
        messageId: 'declared',
        url: 'https://acme.org/about',
        data: { url: 'https://acme.org/about' },
      },
    ]);
  });

  it.each([
    [{ isOwnershipExplicit: 'Yes' as const }, 'declaredNoUrl'],
    [{ isOwnershipExplicit: 'Yes' as const, copyrightURL: ' ' }, 'declaredNoUrl'],
    [{ isOwnershipExplicit: 'No' as const, copyrightURL: 'https://acme.org' }, 'missing'],
  ])('fails with declared %j', (clearOwnership, messageId) => {
    expect(runCheck(check, repo({ LICENSE: APACHE }), { clearOwnership })).toEqual([{ outcome: 'fail', messageId }]);
  });

  it('prefers a copyright line over the declaration', () => {
    expect(outcomeOf(check, repo({ LICENSE: MIT_TEXT }), { clearOwnership: { isOwnershipExplicit: 'No' } })).toBe(
      'pass',
    );
  });

  it('warns instead of failing when no copyright line names a holder but the README says who owns it', () => {
    const files = { LICENSE: APACHE, 'README.md': '# Clinic\n\nDeveloped and maintained by Acme Health.\n' };
    expect(runCheck(check, repo(files))).toEqual([
      {
        outcome: 'warn',
        messageId: 'namedElsewhere',
        path: 'README.md',
        line: 3,
        data: { path: 'README.md', owner: 'Developed and maintained by Acme Health.' },
      },
    ]);
  });

  it('warns when only the package manifest names the author', () => {
    const [finding] = runCheck(
      check,
      repo({ LICENSE: APACHE, 'package.json': '{\n  "author": "Acme Health <dev@acme.org>"\n}' }),
    );
    expect(finding).toMatchObject({
      outcome: 'warn',
      messageId: 'namedElsewhere',
      path: 'package.json',
      data: { owner: 'Acme Health' },
    });
  });
});
