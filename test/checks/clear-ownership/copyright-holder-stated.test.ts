import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/clear-ownership/copyright-holder-stated.js';
import type { Declaration } from '../../../src/model/declaration.js';
import { MIT_TEXT, outcomeOf, repo, repoWith, runCheck } from '../../helpers.js';

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
        data: { field: 'README.md', owner: 'Developed and maintained by Acme Health.' },
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

  describe('source headers (a sample of files under the root, src/, lib/ and app/)', () => {
    const header = (holder: string) =>
      `/*\n * Copyright (C) 2019-2023 ${holder}\n * SPDX-License-Identifier: GPL-3.0-only\n */\n`;

    it('passes a holder named in sampled headers when the license names none, citing file and count', () => {
      const files = {
        COPYING: GPL,
        'src/clinic.ts': header('Acme Health') + 'export const clinic = 1;\n',
        'src/visit.ts': header('Acme Health') + 'export const visit = 2;\n',
        'src/index.ts': 'export * from "./clinic.js";\n',
      };
      expect(runCheck(check, repo(files))).toEqual([
        {
          outcome: 'pass',
          messageId: 'header',
          path: 'src/clinic.ts',
          line: 2,
          data: { holder: 'Acme Health', files: '2', sampled: '3' },
        },
      ]);
    });

    it('prefers the license copyright line to source headers', () => {
      const findings = runCheck(check, repo({ LICENSE: MIT_TEXT, 'src/app.py': `# Copyright 2020 Someone Else\n` }));
      expect(findings.map((f) => [f.messageId, f.data?.['holder']])).toEqual([['holder', 'Example Foundation']]);
    });

    it.each([
      [
        'a header left by a framework scaffold',
        {
          'app/index.php': `<?php\n/**\n * Copyright (c) Cake Software Foundation, Inc. (https://cakefoundation.org)\n */\n`,
        },
      ],
      ['a notice below the header lines', { 'src/main.py': `${'x = 1\n'.repeat(40)}# Copyright 2020 Acme Health\n` }],
      [
        'a header in a folder the sample does not reach',
        { 'modules/api/src/main/java/Api.java': header('Acme Health') },
      ],
      ['a header whose holder is a placeholder', { 'src/main.c': `/* Copyright (c) <year> <name of author> */\n` }],
      ['a minified file', { 'lib/vendor.min.js': `/*! Copyright 2020 Acme Health */\n` }],
    ])('fails with only %s', (_, files) => {
      expect(runCheck(check, repo({ COPYING: GPL, ...files }))).toEqual([{ outcome: 'fail', messageId: 'missing' }]);
    });
  });

  describe('supporting evidence: a manifest or README names the owner, no copyright line', () => {
    it.each([
      ['package.json', '{\n  "name": "clinic",\n  "author": { "name": "Acme Health" }\n}', 'package.json author', 3],
      [
        'pyproject.toml',
        '[project]\nname = "clinic"\nauthors = [{ name = "Acme Health" }]\n',
        'pyproject.toml author',
        3,
      ],
      ['setup.py', 'setup(\n    name="clinic",\n    author="Acme Health",\n)\n', 'setup.py author', 3],
      [
        'pom.xml',
        '<project>\n  <artifactId>clinic</artifactId>\n  <organization>\n    <name>Acme Health</name>\n  </organization>\n</project>\n',
        'pom.xml organization',
        4,
      ],
      [
        'pom.xml',
        '<project>\n  <developers>\n    <developer>\n      <id>jd</id>\n      <name>Acme Health</name>\n    </developer>\n  </developers>\n</project>\n',
        'pom.xml developers',
        5,
      ],
      [
        'composer.json',
        '{\n  "name": "acme/clinic",\n  "authors": [\n    { "name": "Acme Health", "email": "dev@acme.org" }\n  ]\n}',
        'composer.json authors',
        3,
      ],
      ['mix.exs', 'defp package do\n  [\n    maintainers: ["Acme Health"],\n  ]\nend\n', 'mix.exs maintainers', 3],
      [
        'publiccode.yml',
        'legal:\n  license: GPL-3.0-only\n  mainCopyrightOwner: Acme Health\n',
        'publiccode legal.mainCopyrightOwner',
        3,
      ],
    ])('warns when only %s names the owner', (path, text, field, line) => {
      expect(runCheck(check, repo({ COPYING: GPL, [path]: text }))).toEqual([
        { outcome: 'warn', messageId: 'namedElsewhere', path, line, data: { field, owner: 'Acme Health' } },
      ]);
    });

    it.each([
      ['package.json', '{\n  "name": "clinic",\n  "author": ""\n}'],
      ['pom.xml', '<project>\n  <artifactId>clinic</artifactId>\n</project>\n'],
      ['composer.json', '{\n  "name": "acme/clinic",\n  "authors": []\n}'],
      ['mix.exs', 'defp package do\n  [licenses: ["AGPL-3.0"]]\nend\n'],
      ['composer.json', '{\n  "name": "acme/clinic",\n  "authors": [{ "name": "CakePHP Community" }]\n}'],
    ])('fails when %s names nobody, or only a framework skeleton', (path, text) => {
      expect(runCheck(check, repo({ COPYING: GPL, [path]: text }))).toEqual([
        { outcome: 'fail', messageId: 'missing' },
      ]);
    });
  });

  describe('declared evidence (clearOwnership.copyrightURL, organizations)', () => {
    const clinic = (files: Record<string, string>) => repoWith(files, { meta: { name: 'clinic' } });
    const ownership = (copyrightURL: string): Declaration => ({
      clearOwnership: { isOwnershipExplicit: 'Yes', copyrightURL },
    });

    it.each([
      ['a bare URL', 'https://acme.org/legal', 'https://acme.org/legal'],
      ['a URL inside a sentence', 'http://acme.org/ (Legal notice)', 'http://acme.org/'],
      ['the repository page itself', 'https://github.com/acme/clinic', 'https://github.com/acme/clinic'],
    ])('passes %s outside the repository, declared and not verified offline', (_, copyrightURL, url) => {
      expect(runCheck(check, clinic({ COPYING: GPL }), ownership(copyrightURL))).toEqual([
        { outcome: 'pass', messageId: 'declared', url, data: { url } },
      ]);
    });

    it.each([
      ['a host URL of this repository', 'https://github.com/acme/clinic/blob/main/COPYING', 'COPYING'],
      ['a relative path', 'COPYING', 'COPYING'],
    ])(
      'warns on %s to a file that names no holder (a bare license is no ownership evidence)',
      (_, copyrightURL, path) => {
        expect(runCheck(check, clinic({ COPYING: GPL }), ownership(copyrightURL))).toEqual([
          { outcome: 'warn', messageId: 'declaredInRepo', path, data: { path } },
        ]);
      },
    );

    it.each([
      ['a host URL of this repository', 'https://github.com/acme/clinic/blob/main/OWNERS.md', 'OWNERS.md'],
      ['a relative path', 'docs/ownership.md', 'docs/ownership.md'],
    ])('fails on %s to a file that is not there', (_, copyrightURL, path) => {
      expect(runCheck(check, clinic({ COPYING: GPL }), ownership(copyrightURL))).toEqual([
        { outcome: 'fail', messageId: 'declaredMissing', data: { path } },
      ]);
    });

    it('fails a copyrightURL that is neither a link nor a file', () => {
      expect(runCheck(check, clinic({ COPYING: GPL }), ownership('see our website'))).toEqual([
        { outcome: 'fail', messageId: 'declaredNoUrl' },
      ]);
    });

    it('warns when only the declared organizations name an owner', () => {
      const declaration: Declaration = {
        organizations: [
          { name: 'Acme Funders', org_type: 'funder' },
          { name: 'Acme Health', org_type: 'owner', website: 'https://acme.org' },
        ],
      };
      expect(runCheck(check, clinic({ COPYING: GPL }), declaration)).toEqual([
        {
          outcome: 'warn',
          messageId: 'declaredOwner',
          url: 'https://acme.org',
          data: { owner: 'Acme Health', url: 'https://acme.org' },
        },
      ]);
    });

    it.each([
      [
        'only a funder or maintainer',
        [
          { name: 'Acme Funders', org_type: 'funder', website: 'https://funders.org' },
          { name: 'Acme Dev', org_type: 'maintainer', website: 'https://dev.org' },
        ],
      ],
      ['an owner without a website', [{ name: 'Acme Health', org_type: 'owner' }]],
      ['an owner whose website is not a link', [{ name: 'Acme Health', org_type: 'owner', website: 'n/a' }]],
    ] as const)('fails when the declared organizations name %s', (_, organizations) => {
      expect(runCheck(check, clinic({ COPYING: GPL }), { organizations })).toEqual([
        { outcome: 'fail', messageId: 'missing' },
      ]);
    });
  });
});
