import { describe, expect, it } from 'vitest';
import check from '../../../src/checks/clear-ownership/ownership-statement.js';
import type { DeclaredOrganization } from '../../../src/model/declaration.js';
import { MIT_TEXT, outcomeOf, repo, runCheck } from '../../helpers.js';

const orgs = (...organizations: DeclaredOrganization[]) => ({ organizations });

describe('clear-ownership/ownership-statement', () => {
  it('passes a README ownership sentence, citing the line', () => {
    const snapshot = repo({ 'README.md': '# Clinic\n\nDeveloped and maintained by Example Foundation.\n' });
    expect(runCheck(check, snapshot)).toEqual([
      {
        outcome: 'pass',
        messageId: 'statement',
        path: 'README.md',
        line: 3,
        data: { text: 'Developed and maintained by Example Foundation.' },
      },
    ]);
  });

  it.each([
    [
      'publiccode.yml',
      'legal:\n  license: MIT\n  mainCopyrightOwner: Example Foundation\n',
      'publiccode legal.mainCopyrightOwner',
      'Example Foundation',
      3,
    ],
    [
      'package.json',
      '{\n  "name": "x",\n  "author": "Jane Doe <jane@example.org> (https://jane.dev)"\n}',
      'package.json author',
      'Jane Doe',
      3,
    ],
    [
      'package.json',
      '{\n  "author": { "name": "Example Foundation" }\n}',
      'package.json author',
      'Example Foundation',
      2,
    ],
    [
      'pyproject.toml',
      '[project]\nname = "x"\nauthors = [{ name = "Example Foundation", email = "a@b.org" }]\n',
      'pyproject.toml author',
      'Example Foundation',
      3,
    ],
    ['setup.py', 'setup(\n    name="x",\n    author="Jane Doe",\n)\n', 'setup.py author', 'Jane Doe', 3],
    [
      'pom.xml',
      '<project>\n  <organization>\n    <name>Example Foundation</name>\n  </organization>\n</project>\n',
      'pom.xml organization',
      'Example Foundation',
      3,
    ],
    ['composer.json', '{\n  "authors": [{ "name": "Jane Doe" }]\n}', 'composer.json authors', 'Jane Doe', 2],
    ['mix.exs', '  maintainers: ["Example Foundation"],\n', 'mix.exs maintainers', 'Example Foundation', 1],
  ])('passes %s naming the owner', (path, text, field, owner, line) => {
    expect(runCheck(check, repo({ [path]: text }))).toEqual([
      { outcome: 'pass', messageId: 'field', path, line, data: { field, owner } },
    ]);
  });

  it.each([
    ['no statement anywhere', { 'README.md': '# Clinic\n\nA clinic app.', 'package.json': '{"name":"x"}' }],
    ['an empty publiccode owner', { 'publiccode.yml': 'legal:\n  repoOwner: ""\n' }],
    ['a package.json that is not JSON', { 'package.json': '{ author: x' }],
  ])('warns with %s', (_, files) => {
    expect(runCheck(check, repo(files))).toEqual([{ outcome: 'warn', messageId: 'none' }]);
  });

  it('passes a dpg.yml owner or maintainer organization, not a funder', () => {
    const declaration = orgs(
      { name: 'Example Foundation', org_type: 'owner', website: 'https://example.org' },
      { name: 'Big Funder', org_type: 'funder' },
    );
    expect(runCheck(check, repo({}), declaration)).toEqual([
      {
        outcome: 'pass',
        messageId: 'declaredOrg',
        url: 'https://example.org',
        data: { owner: 'Example Foundation', role: 'owner' },
      },
    ]);
    expect(outcomeOf(check, repo({}), orgs({ name: 'Big Funder', org_type: 'funder' }))).toBe('warn');
  });

  it.each(['Example Foundation', 'EXAMPLE FOUNDATION INC.', 'Example'])(
    'accepts copyright held by the declared owner %s',
    (name) => {
      expect(outcomeOf(check, repo({ LICENSE: MIT_TEXT }), orgs({ name, org_type: 'owner' }))).toBe('pass');
    },
  );

  it('warns when the declared owner holds none of the copyrights, naming both', () => {
    const findings = runCheck(
      check,
      repo({ LICENSE: MIT_TEXT, NOTICE: 'Copyright 2020 Jane Doe' }),
      orgs({ name: 'Acme Health', org_type: 'owner' }),
    );
    expect(findings).toContainEqual({
      outcome: 'warn',
      messageId: 'mismatch',
      path: 'LICENSE',
      line: 3,
      data: { owner: 'Acme Health', holders: 'Example Foundation; Jane Doe' },
    });
  });

  it('does not compare a maintainer with the copyright holders', () => {
    expect(outcomeOf(check, repo({ LICENSE: MIT_TEXT }), orgs({ name: 'Acme Health', org_type: 'maintainer' }))).toBe(
      'pass',
    );
  });
});
