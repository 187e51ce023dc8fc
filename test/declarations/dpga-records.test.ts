/** The real DPGA records in fixtures/dpga-records (publicgoods-candidates, Unlicense): all load, nothing refused. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../src/declarations/answers-file.js';
import { PROJECT_ROOT } from '../support/cli.js';

const RECORDS = join(PROJECT_ROOT, 'fixtures', 'dpga-records');
const files = ['nominees', 'excluded-nominees', 'archive']
  .flatMap((folder) =>
    readdirSync(join(RECORDS, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${folder}/${f}`),
  )
  .sort();

function load(file: string) {
  return loadAnswersFile(file, readFileSync(join(RECORDS, file), 'utf8'));
}

describe('DPGA records as the DPGA holds them', () => {
  it('ships a dozen or so records from every folder', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(files)('%s loads as a DPGA record, with no warning', (file) => {
    const declared = load(file);
    expect(declared.kind).toBe('dpga-record');
    expect(declared.warnings).toEqual([]);
    expect(declared.answers.name).toEqual(expect.any(String));
    // Every SDG in today's shape, whatever shape the record held.
    for (const goal of declared.answers.SDGs ?? []) expect(goal.SDGNumber).toEqual(expect.any(Number));
  });

  it('normalises the SDG pairs and repositoryURL of an old record, at their lines', () => {
    const declared = load('excluded-nominees/pulseox.json');
    expect(declared.answers.SDGs).toEqual([{ SDGNumber: 3 }]);
    expect(declared.answers.repositories).toEqual([{ url: 'https://github.com/GliaX/pulseox' }]);
    expect(declared.answers).not.toHaveProperty('repositoryURL');
    expect(declared.normalised).toEqual([
      { field: 'SDGs[0]', found: '[3,"Good Health and Well-Being"]', became: 'SDGNumber 3', line: 12 },
      { field: 'repositoryURL', found: '"https://github.com/GliaX/pulseox"', became: 'repositories[0].url', line: 21 },
    ]);
    expect(declared.locations?.get('repositories[0]')).toEqual({ path: 'excluded-nominees/pulseox.json', line: 21 });
  });

  it('keeps licenses outside the DPGA schema list as written: the license check judges them', () => {
    expect(
      load('excluded-nominees/cold-chain-and-vaccination-management-system.json').answers.license?.map((l) => l.spdx),
    ).toEqual(['CC-BY-NC-ND-3.0']);
    expect(load('excluded-nominees/acceda.json').answers.license?.map((l) => l.spdx)).toEqual(['EUPL-1.1']);
  });

  it('reads the nominee fields and the merged screening answers of an approved DPG', () => {
    const declared = load('nominees/meron.json');
    expect(declared.answers).toMatchObject({ stage: 'DPG', type: ['software', 'aimodel'] });
    expect(declared.answers.repositories?.[0]?.url).toMatch(/^https:\/\//);
    expect(declared.answers.doNoHarm?.dataPrivacySecurity?.collectsPII).toEqual(expect.any(String));
    expect(declared.normalised).toEqual([]);
  });
});
