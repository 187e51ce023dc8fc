import { describe, expect, it } from 'vitest';
import { licenseFacts } from '../../src/licenses/project/index.js';
import { APACHE_TEXT, licenseText, MIT_TEXT, repo } from '../helpers.js';

describe('license facts', () => {
  it('joins LICENSE-MIT and LICENSE-APACHE as a choice (OR)', () => {
    const facts = licenseFacts(repo({ 'LICENSE-MIT': MIT_TEXT, 'LICENSE-APACHE': APACHE_TEXT }), undefined);
    expect(facts.expression).toBe('Apache-2.0 OR MIT');
    expect(facts.approved).toBe(true);
  });

  it('joins two license texts that apply together with AND', () => {
    const facts = licenseFacts(repo({ LICENSE: MIT_TEXT, 'LICENSES/Apache-2.0.txt': APACHE_TEXT }), undefined);
    expect(facts.expression).toBe('MIT AND Apache-2.0');
  });

  it('reads license fields from manifests at the root', () => {
    const facts = licenseFacts(
      repo({
        'pyproject.toml': '[project]\nname = "x"\nlicense = {text = "BSD-3-Clause"}\n',
        'publiccode.yml': 'legal:\n  license: AGPL-3.0-or-later\n',
      }),
      undefined,
    );
    expect(
      facts.declared
        .filter((d) => d.method === 'manifest')
        .map((m) => [m.path, m.expression])
        .sort(),
    ).toEqual([
      ['publiccode.yml', 'AGPL-3.0-or-later'],
      ['pyproject.toml', 'BSD-3-Clause'],
    ]);
  });

  it('takes the expression from a manifest when there is no license text', () => {
    const facts = licenseFacts(
      repo({ 'pyproject.toml': '[project]\nname = "x"\nlicense = {text = "BSD-3-Clause"}\n' }),
      undefined,
    );
    expect(facts.expression).toBe('BSD-3-Clause');
    expect(facts.reasoning[0]).toMatch(/no license text identified; .*pyproject\.toml.* declares BSD-3-Clause/);
  });

  it('says -or-later for a GPL text only when a declaration states it', () => {
    const gpl = licenseText('GPL-3.0-only');
    expect(licenseFacts(repo({ COPYING: gpl }), undefined).expression).toBe('GPL-3.0-only');
    const stated = licenseFacts(repo({ COPYING: gpl, 'package.json': '{"license":"GPL-3.0-or-later"}' }), undefined);
    expect(stated.expression).toBe('GPL-3.0-or-later');
    expect(stated.reasoning[0]).toMatch(/package\.json.* says GPL-3\.0-or-later: GPL-3\.0-or-later/);
  });

  it('takes the choice between two license files from a manifest that states it', () => {
    const facts = licenseFacts(
      repo({
        'LICENSE-MIT': MIT_TEXT,
        'LICENSE-APACHE': APACHE_TEXT,
        'Cargo.toml': '[package]\nlicense = "MIT OR Apache-2.0"\n',
      }),
      undefined,
    );
    expect(facts.expression).toBe('MIT OR Apache-2.0');
  });

  it('leaves the license of bundled third-party code out of the project expression, as evidence', () => {
    const text = `${APACHE_TEXT}\n\nThis product bundles tiny-lib 1.0, which is available under a "MIT" license.\n\n${MIT_TEXT}`;
    const facts = licenseFacts(repo({ LICENSE: text }), undefined);
    expect(facts.expression).toBe('Apache-2.0');
    expect(facts.texts.map((t) => t.spdx)).toEqual(['Apache-2.0', 'MIT']);
    expect(facts.reasoning.join('\n')).toMatch(/LICENSE:\d+ holds MIT for bundled third-party code/);
  });

  it('keeps a second license that is not introduced as bundled code in the expression', () => {
    const facts = licenseFacts(repo({ LICENSE: `${APACHE_TEXT}\n\n${MIT_TEXT}` }), undefined);
    expect(facts.expression).toBe('Apache-2.0 AND MIT');
  });

  it('uses the host claim only when nothing else is found, and ignores NOASSERTION', () => {
    expect(licenseFacts(repo({ 'README.md': '#' }, { meta: { licenseSpdx: 'MIT' } }), undefined).expression).toBe(
      'MIT',
    );
    expect(
      licenseFacts(repo({ 'README.md': '#' }, { meta: { licenseSpdx: 'NOASSERTION' } }), undefined).expression,
    ).toBeNull();
  });

  it('records a conflict between the license file and a manifest', () => {
    const facts = licenseFacts(repo({ LICENSE: MIT_TEXT, 'package.json': '{"license":"GPL-3.0"}' }), undefined);
    expect(facts.conflicts).toHaveLength(1);
    expect(facts.conflicts[0]?.declared.path).toBe('package.json');
  });

  it('does not reject outright a collection whose serving code is OSI-licensed and whose own licenses are declared at a URL', () => {
    const content = (licenseURL?: string) => ({
      type: ['content' as const],
      license: [{ spdx: 'CC-BY-SA-4.0', ...(licenseURL ? { licenseURL } : {}) }],
    });
    const code = repo({ LICENSE: APACHE_TEXT });
    expect(licenseFacts(code, content('https://books.example.org/licenses')).approved).toBe(true);
    expect(licenseFacts(code, content()).approved).toBe(false);
    expect(licenseFacts(code, { type: ['content'] }).approved).toBe(false);
  });
});
