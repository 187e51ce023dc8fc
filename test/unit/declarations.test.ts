import { describe, expect, it } from 'vitest';
import { loadDeclaration } from '../../src/declarations/load.js';
import { InputError } from '../../src/errors.js';
import { repo } from '../helpers.js';

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
    const text = 'name: X\nSDGs:\n  - SDGNumber: 0\ntype: [software, hardware]\nprivacy:\n  isPrivacyCompliant: "Yes"\n  typo: 1\n';
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
    expect(() => loadDeclaration(repo({ 'dpg.yml': 'SDGs:\n  - evidenceText: x\n' }))).toThrow('dpg.yml:2:5 SDGs[0] must have SDGNumber');
  });

  it('reports YAML syntax errors with their position', () => {
    expect(() => loadDeclaration(repo({ 'dpg.yml': 'name: a\nname: b\n' }))).toThrow(/^dpg\.yml:2:1 /);
  });

  it('reports a top-level value that is not a mapping', () => {
    expect(() => loadDeclaration(repo({ 'dpg.yml': '- just\n- a list\n' }))).toThrow('dpg.yml:1:1 the file must be a mapping (key: value lines)');
  });
});
