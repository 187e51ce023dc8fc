/**
 * Hand-written answers against DPGA application records: which is which, how strictly each is read,
 * and every legacy shape of a record normalised and recorded.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadAnswersFile } from '../../src/declarations/answers-file.js';
import { loadDeclaration } from '../../src/declarations/load.js';
import { ANSWERS_MAX_BYTES } from '../../src/declarations/parse.js';
import { isDpgaRecord } from '../../src/declarations/record.js';
import { InputError } from '../../src/errors.js';
import { repo } from '../helpers.js';
import { PROJECT_ROOT } from '../support/cli.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function errorOf(load: () => unknown): InputError {
  try {
    load();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** A value for every property a schema names: the first choice of a list, one item of an array. */
function sampleOf(node: SchemaNode): unknown {
  if (node.enum) return node.enum[0];
  const type = Array.isArray(node.type) ? node.type[0] : node.type;
  if (type === 'object' || node.properties)
    return Object.fromEntries(Object.entries(node.properties ?? {}).map(([k, v]) => [k, sampleOf(v)]));
  if (type === 'array') return [sampleOf(node.items ?? { type: 'string' })];
  if (type === 'number' || type === 'integer') return 1;
  return 'https://example.org/text';
}

const dpgaSchema = (name: string) =>
  JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'vendor', 'dpga', name), 'utf8')) as SchemaNode;

describe('which answers files are DPGA records', () => {
  it('is a JSON object with a field only nominee records carry', () => {
    expect(isDpgaRecord('{"name": "A", "stage": "DPG"}')).toBe(true);
    expect(isDpgaRecord('{"name": "A", "sectors": []}')).toBe(true);
    expect(isDpgaRecord('{"name": "A", "repositoryURL": "https://github.com/a/b"}')).toBe(true);
    expect(isDpgaRecord('{"name": "A", "license": [{"spdx": "MIT"}]}')).toBe(false);
    expect(isDpgaRecord('name: A\nstage: DPG\n')).toBe(false);
    expect(isDpgaRecord('{name: A, stage: DPG}')).toBe(false);
    expect(isDpgaRecord('[{"stage": "DPG"}]')).toBe(false);
  });
});

describe('a hand-written answers file stays strict', () => {
  it('refuses an unknown key in dpg.yml, at its line and column, with exit 2', () => {
    const error = errorOf(() => loadDeclaration(repo({ 'dpg.yml': 'name: A\nstage: DPG\nsectorz: [Health]\n' })));
    expect(error.message).toBe('dpg.yml:3:1 sectorz is not a known answer (did you mean sectors?)');
    expect(error.exitCode).toBe(2);
  });

  it('refuses a sector outside the DPGA list, naming a few choices rather than all 72', () => {
    const error = errorOf(() => loadDeclaration(repo({ 'dpg.yml': 'sectors: [Health, Healthcare]\n' })));
    expect(error.message).toBe(
      'dpg.yml:1:19 sectors[1] must be one of the 72 choices in schemas/declaration.schema.json ("Advocacy", "Agriculture", "Anti-corruption", …)',
    );
    expect(
      loadAnswersFile('app.json', json({ stage: 'DPG', sectors: ['Health', 'Healthcare'] })).answers.sectors,
    ).toEqual(['Health']);
  });

  it('refuses an unknown key in a dpg.json that is not a record, and in a file given by path', () => {
    expect(
      errorOf(() => loadAnswersFile('answers/dpg.json', '{\n  "name": "A",\n  "colour": "red"\n}\n')).message,
    ).toBe('answers/dpg.json:3:3 colour is not a known answer (check its spelling)');
    expect(errorOf(() => loadAnswersFile('my-dpg.yml', 'name: A\ncolour: red\n')).message).toBe(
      'my-dpg.yml:2:1 colour is not a known answer (check its spelling)',
    );
  });

  it('accepts every field of both DPGA schemas in a dpg.yml', () => {
    const every = {
      ...(sampleOf(dpgaSchema('screening-schema.json')) as object),
      ...(sampleOf(dpgaSchema('nominee-schema.json')) as object),
    };
    const declared = loadDeclaration(repo({ 'dpg.yml': stringify(every) }));
    expect(declared?.path).toBe('dpg.yml');
    expect(declared?.kind).toBeUndefined();
    expect(declared?.answers).toMatchObject({
      aliases: [expect.any(String)],
      sectors: ['Advocacy'],
      repositories: [{ url: expect.any(String) }],
      stage: 'nominee',
    });
  });

  it('refuses a file that is not JSON or YAML, or too large, naming it', () => {
    expect(errorOf(() => loadAnswersFile('app.json', '{"name": "A", "stage": "DPG"')).message).toMatch(
      /^app\.json:1:\d+ /,
    );
    expect(
      errorOf(() => loadAnswersFile('app.json', `{"stage": "DPG", "description": "${'x'.repeat(ANSWERS_MAX_BYTES)}"}`))
        .message,
    ).toMatch(/^app\.json is \d+ KiB; answers files are read only up to 256 KiB$/);
    expect(errorOf(() => loadAnswersFile('app.json', '[{"stage": "DPG"}]')).message).toBe(
      'app.json:1:1 the file must be a mapping (key: value lines)',
    );
  });
});

describe('a DPGA record is read as the DPGA holds it', () => {
  it('accepts a record with every field of both DPGA schemas, without a warning', () => {
    const every = {
      ...(sampleOf(dpgaSchema('nominee-schema.json')) as object),
      ...(sampleOf(dpgaSchema('screening-schema.json')) as object),
    };
    const declared = loadAnswersFile('app.json', json(every));
    expect(declared).toMatchObject({ kind: 'dpga-record', normalised: [], warnings: [] });
    expect(Object.keys(declared.answers).sort()).toEqual(Object.keys(every).sort());
  });

  it('warns about an unknown key, at its line, and leaves it out', () => {
    const text = json({ name: 'A', stage: 'DPG', reviewer: 'x', privacy: { isPrivacyCompliant: 'Yes', notes: 'y' } });
    const declared = loadAnswersFile('app.json', text);
    expect(declared.warnings).toEqual([
      { field: 'reviewer', line: 4, message: 'reviewer is not an answer dpg-check knows; left out' },
      { field: 'privacy.notes', line: 7, message: 'privacy.notes is not an answer dpg-check knows; left out' },
    ]);
    expect(declared.answers).toEqual({ name: 'A', stage: 'DPG', privacy: { isPrivacyCompliant: 'Yes' } });
  });

  it('leaves out a value the schema refuses, and the later items keep their lines', () => {
    const text = json({
      stage: 'candidate',
      organizations: [{ website: 'https://a.example' }, { name: 'B', org_type: 'partner' }, { name: 'C' }],
      aliases: ['X', 'X'],
    });
    const declared = loadAnswersFile('app.json', text);
    expect(declared.answers).toEqual({ organizations: [{ name: 'B' }, { name: 'C' }], aliases: ['X'] });
    expect(declared.warnings?.map((w) => w.message).sort()).toEqual([
      'aliases[1] repeats an earlier item; left out',
      'organizations[0] must have name; left out',
      'organizations[1].org_type must be one of "owner", "maintainer", "funder", "implementer"; left out',
      'stage must be one of "nominee", "DPG", "archive"; left out',
    ]);
    expect(declared.locations?.get('organizations[1]')?.line).toBe(11);
    expect(declared.locations?.get('organizations[0]')?.line).toBe(7);
  });

  it('drops a list the schema needs filled once its only item is left out', () => {
    const declared = loadAnswersFile('app.json', json({ stage: 'DPG', SDGs: [{ evidenceText: 'no number' }] }));
    expect(declared.answers).toEqual({ stage: 'DPG' });
    expect(declared.warnings?.map((w) => w.field)).toEqual(['SDGs', 'SDGs[0]']);
  });

  it('reads a repeated key the way JSON.parse does: the last one wins', () => {
    expect(loadAnswersFile('app.json', '{"stage": "DPG", "name": "A", "name": "B"}').answers.name).toBe('B');
  });

  it('reads a record found in the repository as dpg.json the same way', () => {
    const declared = loadDeclaration(repo({ 'dpg.json': json({ name: 'A', stage: 'DPG', reviewer: 'x' }) }));
    expect(declared).toMatchObject({ path: 'dpg.json', kind: 'dpga-record', answers: { name: 'A', stage: 'DPG' } });
    expect(declared?.warnings).toHaveLength(1);
  });
});

describe('legacy shapes of DPGA records', () => {
  const load = (record: object) => loadAnswersFile('app.json', json({ stage: 'nominee', ...record }));

  it('SDGs as [number, title] pairs become SDGNumber', () => {
    const declared = load({ SDGs: [[3, 'Good Health and Well-Being'], { SDGNumber: 4 }] });
    expect(declared.answers.SDGs).toEqual([{ SDGNumber: 3 }, { SDGNumber: 4 }]);
    expect(declared.normalised).toEqual([
      { field: 'SDGs[0]', found: '[3,"Good Health and Well-Being"]', became: 'SDGNumber 3', line: 4 },
    ]);
    expect(declared.warnings).toEqual([]);
  });

  it('a pair whose title names another goal keeps the number, with a warning', () => {
    const declared = load({ SDGs: [[3, 'Quality Education']] });
    expect(declared.answers.SDGs).toEqual([{ SDGNumber: 3 }]);
    expect(declared.warnings).toEqual([
      {
        field: 'SDGs[0]',
        line: 4,
        message: 'SDGs[0] pairs SDG 3 with the title "Quality Education"; the number is used',
      },
    ]);
  });

  it('SDGs as bare numbers become SDGNumber', () => {
    expect(load({ SDGs: [16, 17] }).answers.SDGs).toEqual([{ SDGNumber: 16 }, { SDGNumber: 17 }]);
  });

  it('one SDGevidence for the record becomes the evidence of every SDG that has none', () => {
    const declared = load({
      SDGs: [[4, 'Quality Education'], { SDGNumber: 5, evidenceText: 'own' }],
      SDGevidence: 'Used in schools',
    });
    expect(declared.answers.SDGs).toEqual([
      { SDGNumber: 4, evidenceText: 'Used in schools' },
      { SDGNumber: 5, evidenceText: 'own' },
    ]);
    expect(declared.normalised?.map((n) => `${n.field} → ${n.became}`)).toEqual([
      'SDGs[0] → SDGNumber 4',
      'SDGevidence → SDGs[0].evidenceText',
    ]);
    expect(declared.warnings).toEqual([]);
  });

  it('repositoryURL and repo_main become items of repositories, once each', () => {
    const declared = load({
      repositoryURL: 'https://github.com/a/b',
      repo_main: 'https://github.com/a/c',
      repositories: [{ name: 'b', url: 'https://github.com/a/b' }],
    });
    expect(declared.answers.repositories).toEqual([
      { name: 'b', url: 'https://github.com/a/b' },
      { url: 'https://github.com/a/c' },
    ]);
    expect(declared.normalised?.map((n) => [n.field, n.became])).toEqual([
      ['repositoryURL', 'repositories[0].url'],
      ['repo_main', 'repositories[1].url'],
    ]);
    expect(declared.locations?.get('repositories[1]')?.line).toBe(4);
  });

  it('license as a list of ids, with one license_link, becomes license objects', () => {
    const declared = load({ license: ['MIT'], license_link: 'https://example.org/LICENSE' });
    expect(declared.answers.license).toEqual([{ spdx: 'MIT', licenseURL: 'https://example.org/LICENSE' }]);
    expect(declared.normalised?.[0]).toMatchObject({
      field: 'license[0]',
      found: '"MIT"',
      became: 'spdx MIT, licenseURL from license_link',
    });
    expect(declared.warnings).toEqual([]);
  });

  it('one license_link for several licenses is not guessed at: it is left out with a warning', () => {
    const declared = load({ license: ['MIT', 'CC-BY-4.0'], license_link: 'https://example.org/LICENSE' });
    expect(declared.answers.license).toEqual([{ spdx: 'MIT' }, { spdx: 'CC-BY-4.0' }]);
    expect(declared.warnings?.map((w) => w.field)).toEqual(['license_link']);
  });

  it('license[].link becomes licenseURL', () => {
    const declared = load({ license: [{ spdx: 'Apache-2.0', link: 'https://example.org/LICENSE' }] });
    expect(declared.answers.license).toEqual([{ spdx: 'Apache-2.0', licenseURL: 'https://example.org/LICENSE' }]);
    expect(declared.normalised?.[0]).toMatchObject({ field: 'license[0].link', became: 'license[0].licenseURL' });
  });

  it('initialism becomes an alias', () => {
    const declared = load({ aliases: ['Other'], initialism: 'OSM' });
    expect(declared.answers.aliases).toEqual(['Other', 'OSM']);
    expect(declared.normalised?.[0]).toMatchObject({ field: 'initialism', found: '"OSM"', became: 'aliases[1]' });
  });

  it('supported_by becomes funder organizations, as the DPGA migrated it', () => {
    const declared = load({
      organizations: [{ name: 'Owner', org_type: 'owner' }],
      supported_by: [{ org_name: 'A Fund' }],
    });
    expect(declared.answers.organizations).toEqual([
      { name: 'Owner', org_type: 'owner' },
      { name: 'A Fund', org_type: 'funder' },
    ]);
    expect(declared.normalised?.[0]).toMatchObject({ field: 'supported_by[0]', became: 'organizations[1] (funder)' });
  });

  it('org_type anywhere but an organization is warned about and left out', () => {
    const declared = load({ org_type: 'owner', repositories: [{ url: 'https://github.com/a/b', org_type: 'owner' }] });
    expect(declared.answers).toEqual({ stage: 'nominee', repositories: [{ url: 'https://github.com/a/b' }] });
    expect(declared.warnings?.map((w) => w.field).sort()).toEqual(['org_type', 'repositories[0].org_type']);
  });

  it("is not applied to a hand-written dpg.yml, which must use today's shape", () => {
    expect(errorOf(() => loadAnswersFile('dpg.yml', 'SDGs:\n  - [3, Good Health]\n')).message).toBe(
      'dpg.yml:2:5 SDGs[0] must be a mapping (key: value lines)',
    );
  });
});

describe('hostile records', () => {
  it('quote a key with terminal escapes harmlessly, and cut a long one', () => {
    const declared = loadAnswersFile('app.json', json({ stage: 'DPG', ['\u001b[2J'.padEnd(200, 'k')]: 1 }));
    const [warning] = declared.warnings ?? [];
    expect(warning?.message).not.toContain('\u001b');
    expect(warning?.message.length).toBeLessThan(140);
    expect(declared.answers).toEqual({ stage: 'DPG' });
  });

  it('lose no other value to a key that holds "/", "." or "~"', () => {
    const declared = loadAnswersFile('app.json', json({ stage: 'DPG', 'a/b.c~d': 1, name: 'A' }));
    expect(declared.answers).toEqual({ stage: 'DPG', name: 'A' });
    expect(declared.warnings?.[0]?.line).toBe(3);
  });
});
