/** The answers loader: which file it reads, and against hostile and partial files: positions, all errors at once, caps, bombs, publiccode.yml. */
import { describe, expect, it } from 'vitest';
import { ANSWERS_MAX_BYTES } from '../../src/declarations/parse.js';
import { loadDeclaration } from '../../src/declarations/load.js';
import { InputError } from '../../src/errors.js';
import { repo } from '../helpers.js';

function errorOf(files: Record<string, string>, options: Parameters<typeof repo>[1] = {}): InputError {
  try {
    loadDeclaration(repo(files, options));
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const BOMB = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'name: *d',
  '',
].join('\n');

describe('dpg.yml errors', () => {
  it('says the whole range of an SDG number, at its line and column', () => {
    const error = errorOf({ 'dpg.yml': 'SDGs:\n  - SDGNumber: 3\n  - SDGNumber: 18\n' });
    expect(error.message).toBe('dpg.yml:3:16 SDGs[1].SDGNumber must be 1–17');
    expect(error.exitCode).toBe(2);
  });

  it('lists wrong types, unknown keys and bad choices together, in file order', () => {
    const text = 'name: [not, text]\nSDGs: 4\nprivacy:\n  isPrivacyCompliant: maybe\nsdgs: []\n';
    expect(errorOf({ 'dpg.yml': text }).message.split('\n')).toEqual([
      'dpg.yml:1:7 name must be text',
      'dpg.yml:2:7 SDGs must be a list',
      'dpg.yml:4:23 privacy.isPrivacyCompliant must be one of "Yes", "No", "Unknown"',
      'dpg.yml:5:1 sdgs is not a known answer (did you mean SDGs?)',
    ]);
  });

  it('suggests the known key a typo meant, and only a close one', () => {
    expect(errorOf({ 'dpg.yml': 'privacy:\n  isPrivacyComplaint: "Yes"\n' }).message).toBe(
      'dpg.yml:2:3 privacy.isPrivacyComplaint is not a known answer (did you mean isPrivacyCompliant?)',
    );
    expect(errorOf({ 'dpg.yml': 'favouriteColour: blue\n' }).message).toBe(
      'dpg.yml:1:1 favouriteColour is not a known answer (check its spelling)',
    );
  });

  it('points a syntax error in dpg.json at its line', () => {
    expect(errorOf({ 'dpg.json': '{\n  "name": "x",\n  "type": [software\n}' }).message).toMatch(/^dpg\.json:\d+:\d+ /);
  });

  it('rejects an alias expansion bomb at the first alias, without expanding it', () => {
    const error = errorOf({ 'dpg.yml': BOMB });
    expect(error.message).toMatch(/^dpg\.yml:2:8 uses YAML aliases that expand too far/);
    expect(error.hint).toContain('anchors');
  });

  it('refuses nesting deep enough to overflow the parser, as bad input rather than a crash', () => {
    const deep = `name: ${'{a: '.repeat(20000)}1${'}'.repeat(20000)}\n`;
    expect(errorOf({ 'dpg.yml': deep }).message).toBe('dpg.yml nests lists or mappings too deeply to read');
  });

  it('accepts a harmless anchor and alias', () => {
    const text = 'name: &n Clinic Queue\norganizations:\n  - name: *n\n';
    expect(loadDeclaration(repo({ 'dpg.yml': text }))?.answers.organizations).toEqual([{ name: 'Clinic Queue' }]);
  });

  it('refuses an answers file past the size cap, and one the source truncated', () => {
    const big = `name: x\ndescription: "${'a'.repeat(ANSWERS_MAX_BYTES)}"\n`;
    expect(errorOf({ 'dpg.yml': big }).message).toMatch(
      /^dpg\.yml is 25\d KiB; answers files are read only up to 256 KiB$/,
    );
    const truncated = errorOf({ 'dpg.yml': 'name: x\n' }, { notes: [{ path: 'dpg.yml', reason: 'truncated' }] });
    expect(truncated.message).toContain('answers files are read only up to 256 KiB');
  });

  it('treats an empty answer as not answered yet, so init placeholders load', () => {
    const declared = loadDeclaration(repo({ 'dpg.yml': 'name: X\nprivacy:\n  isPrivacyCompliant: ~\nSDGs:\n' }));
    expect(declared?.answers).toEqual({ name: 'X', privacy: {} });
  });

  it('keeps the line of every answer', () => {
    const declared = loadDeclaration(
      repo({ 'dpg.yml': 'name: X\nSDGs:\n  - SDGNumber: 3\n    evidenceURL: docs/impact.md\n' }),
    );
    expect(declared?.locations?.get('SDGs[0].evidenceURL')).toEqual({ path: 'dpg.yml', line: 4 });
    expect(declared?.locations?.get('name')).toEqual({ path: 'dpg.yml', line: 1 });
  });
});

const PUBLICCODE = `publiccodeYmlVersion: "0.4"
name: Queue Manager
url: https://github.com/example/queue
landingURL: https://queue.example.org
description:
  it:
    shortDescription: Gestione code
  en:
    shortDescription: Manages clinic queues
    documentation: https://queue.example.org/docs
legal:
  license: EUPL-1.2
  mainCopyrightOwner: City of Example
  repoOwner: City of Example
maintenance:
  type: contract
  contractors:
    - name: Acme Software
      website: https://acme.example
  contacts:
    - name: Rosa Example
      email: rosa@example.org
usedBy:
  - Town of Sample
`;

describe('publiccode.yml as a source of answers', () => {
  it('maps name, description, website, license, owners, maintainers, users and documentation', () => {
    const declared = loadDeclaration(repo({ 'publiccode.yml': PUBLICCODE }));
    expect(declared?.path).toBe('publiccode.yml');
    expect(declared?.answers).toEqual({
      name: 'Queue Manager',
      description: 'Manages clinic queues',
      website: 'https://queue.example.org',
      license: [{ spdx: 'EUPL-1.2' }],
      organizations: [
        { name: 'City of Example', org_type: 'owner', contact_name: 'Rosa Example', contact_email: 'rosa@example.org' },
        { name: 'Acme Software', org_type: 'maintainer', website: 'https://acme.example' },
        { name: 'Town of Sample', org_type: 'implementer' },
      ],
      documentation: { documentationURL: ['https://queue.example.org/docs'] },
    });
    expect(declared?.locations?.get('license')).toEqual({ path: 'publiccode.yml', line: 12 });
  });

  it('lets dpg.yml win and says which answer came from which file', () => {
    const declared = loadDeclaration(
      repo({ 'publiccode.yml': PUBLICCODE, 'dpg.yml': 'name: Clinic Queue\nlicense:\n  - spdx: MIT\n' }),
    );
    expect(declared?.answers.name).toBe('Clinic Queue');
    expect(declared?.answers.license).toEqual([{ spdx: 'MIT' }]);
    expect(declared?.answers.website).toBe('https://queue.example.org');
    expect(declared?.origins).toEqual({
      name: 'dpg.yml',
      license: 'dpg.yml',
      description: 'publiccode.yml',
      website: 'publiccode.yml',
      organizations: 'publiccode.yml',
      documentation: 'publiccode.yml',
    });
    expect(declared?.locations?.get('license')).toEqual({ path: 'dpg.yml', line: 2 });
  });

  it('ignores fields of the wrong type rather than guessing', () => {
    const declared = loadDeclaration(repo({ 'publiccode.yml': 'name: [a]\nlegal:\n  license: 5\nusedBy: nobody\n' }));
    expect(declared?.answers).toEqual({});
  });

  it('gets the same hostile-input care: syntax errors with positions, bombs', () => {
    expect(errorOf({ 'publiccode.yml': 'name: a\nname: b\n' }).message).toMatch(/^publiccode\.yml:2:1 /);
    expect(errorOf({ 'publiccode.yaml': BOMB }).message).toMatch(/^publiccode\.yaml:2:8 uses YAML aliases/);
  });
});

describe('declared answers', () => {
  it('is undefined when the repository has no answers file', () => {
    expect(loadDeclaration(repo({ 'README.md': '#' }))).toBeUndefined();
  });

  it('reads dpg.yml, and prefers it over dpg.json', () => {
    const declared = loadDeclaration(repo({ 'dpg.yml': 'name: A\n', 'dpg.json': '{"name": "B"}' }));
    expect(declared).toMatchObject({ path: 'dpg.yml', answers: { name: 'A' } });
  });

  it('reads dpg.json and .dpg.yml', () => {
    expect(loadDeclaration(repo({ 'dpg.json': '{"SDGs": [{"SDGNumber": 4}]}' }))?.answers.SDGs?.[0]?.SDGNumber).toBe(4);
    expect(loadDeclaration(repo({ '.dpg.yml': 'type: [content]\n' }))?.answers.type).toEqual(['content']);
  });

  it('accepts an empty file as no answers yet', () => {
    expect(loadDeclaration(repo({ 'dpg.yml': '# nothing yet\n' }))?.answers).toEqual({});
  });

  it('reports every schema problem at once with line and column', () => {
    const text =
      'name: X\nSDGs:\n  - SDGNumber: 0\ntype: [software, hardware]\nprivacy:\n  isPrivacyCompliant: "Yes"\n  typo: 1\n';
    let error: unknown;
    try {
      loadDeclaration(repo({ 'dpg.yml': text }));
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message.split('\n')).toEqual([
      'dpg.yml:3:16 SDGs[0].SDGNumber must be 1–17',
      'dpg.yml:4:18 type[1] must be one of "software", "data", "content", "standard", "aimodel"',
      'dpg.yml:7:3 privacy.typo is not a known answer (check its spelling)',
    ]);
  });

  it('reports a required key missing inside a list item at the item', () => {
    expect(() => loadDeclaration(repo({ 'dpg.yml': 'SDGs:\n  - evidenceText: x\n' }))).toThrow(
      'dpg.yml:2:5 SDGs[0] must have SDGNumber',
    );
  });

  it('reports YAML syntax errors with their position', () => {
    expect(() => loadDeclaration(repo({ 'dpg.yml': 'name: a\nname: b\n' }))).toThrow(/^dpg\.yml:2:1 /);
  });

  it('reports a top-level value that is not a mapping', () => {
    expect(() => loadDeclaration(repo({ 'dpg.yml': '- just\n- a list\n' }))).toThrow(
      'dpg.yml:1:1 the file must be a mapping (key: value lines)',
    );
  });
});
