import { describe, expect, it } from 'vitest';
import { jsonScalar, readJsonObject, scanJsonLines, type JsonLine } from '../../src/manifests/json-positions.js';
import { bracketBalance, lineContaining, lineOfMatch, linesOf } from '../../src/manifests/lines.js';
import { readToml } from '../../src/manifests/toml-lines.js';
import { tomlField, tomlString, tomlStrings, tomlStringsWithLines } from '../../src/manifests/toml-values.js';
import { xmlTags, type XmlTag } from '../../src/manifests/xml-tags.js';
import { yamlEntry, yamlProblem } from '../../src/manifests/yaml-lines.js';

describe('JSON', () => {
  it('visits each key line with the keys around it and its line', () => {
    const seen: Omit<JsonLine, 'path'>[] = [];
    const paths: string[] = [];
    const problem = scanJsonLines('{\n  "a": {\n    "b": "x",\n    "c": ["MIT",\n      "ISC"]\n  }\n}\n', (l) => {
      seen.push({ key: l.key, value: l.value, line: l.line });
      paths.push(l.path.join('/'));
    });
    expect(problem).toBeUndefined();
    expect(seen).toEqual([
      { key: 'a', value: '{', line: 2 },
      { key: 'b', value: '"x"', line: 3 },
      { key: 'c', value: '["MIT"', line: 4 },
      { key: '#', value: '"ISC"]', line: 5 },
    ]);
    expect(paths).toEqual(['', 'a', 'a', 'a/c']);
    expect(jsonScalar('"1.0.0"')).toBe('1.0.0');
    expect(scanJsonLines('[1]', () => undefined)).toEqual({ line: 1, reason: 'not a JSON object' });
  });

  it('parses a whole manifest, or says on which line it breaks', () => {
    expect(readJsonObject('{"a": 1}')).toEqual({ value: { a: 1 } });
    expect(readJsonObject('[]')).toEqual({ problem: { line: 1, reason: 'not a JSON object' } });
    expect(readJsonObject('{\n  "a": 1\n  "b": 2\n}')).toEqual({ problem: { line: 3, reason: 'not valid JSON' } });
  });
});

describe('lines', () => {
  it('finds lines by text and by pattern', () => {
    const text = 'name: x\nlicense: MIT\nother: license\n';
    expect(lineContaining(linesOf(text), 'license')).toBe(2);
    expect(lineContaining(linesOf(text), 'license', 2)).toBe(3);
    expect(lineContaining(linesOf(text), 'nowhere', 1)).toBe(2);
    expect(lineOfMatch(text, /^other:/m)).toBe(3);
    expect(lineOfMatch(text, /^absent:/m, 7)).toBe(7);
  });

  it('counts brackets outside strings and comments', () => {
    expect(bracketBalance('deps = ["a[", \'b{\', [ # ]]', '[{', ']}', /#.*$/)).toBe(2);
    expect(bracketBalance('x { // }', '{', '}')).toBe(1);
  });
});

describe('TOML', () => {
  it('reads tables, array-of-tables elements and multi-line arrays with their first line', () => {
    const doc = readToml(
      '[project]\nname = "x"\nclassifiers = [\n  "a", # [\n  "b",\n]\n[[tool.item]]\nk = 1\n[[tool.item]]\nk = 2\n',
    );
    expect(doc.badLine).toBeUndefined();
    expect(doc.entries.map((e) => [e.table, e.element, e.key, e.line])).toEqual([
      ['project', 0, 'name', 2],
      ['project', 0, 'classifiers', 3],
      ['tool.item', 1, 'k', 8],
      ['tool.item', 2, 'k', 10],
    ]);
    const classifiers = doc.entries[1];
    expect(classifiers && tomlStringsWithLines(classifiers)).toEqual([
      ['a', 4],
      ['b', 5],
    ]);
  });

  it('says which line is not TOML', () => {
    expect(readToml('[a]\nx = 1\nnot toml\n').badLine).toEqual({ line: 3, text: 'not toml' });
    expect(readToml('x = [\n"a",\n').badLine).toEqual({ line: 1, text: '[' });
  });

  it('decodes strings and inline-table fields', () => {
    expect(tomlStrings('["a\\"b", \'c\']')).toEqual(['a"b', 'c']);
    expect(tomlString('"MIT"')).toBe('MIT');
    expect(tomlString('["MIT"]')).toBeUndefined();
    expect(tomlField('{ text = "MIT" }', 'text')).toBe('MIT');
    expect(tomlField('{ file = "LICENSE" }', 'file')).toBe('LICENSE');
  });
});

describe('YAML', () => {
  it('reads a block line as indentation, key and value', () => {
    expect(yamlEntry('  - name: x # note')).toEqual({ indent: 4, key: 'name', value: 'x', item: true });
    expect(yamlEntry('"a b": \'c\'')).toEqual({ indent: 0, key: 'a b', value: 'c', item: false });
    expect(yamlEntry('# only a comment')).toBeUndefined();
    expect(yamlProblem(['a: 1', '\tb: 2'])).toEqual({ line: 2, reason: 'tab used for indentation' });
    expect(yamlProblem(['a: 1', 'not a key'])).toEqual({ line: 2, reason: 'not a YAML key' });
  });
});

describe('XML', () => {
  const tagsOf = (text: string, root: string) => {
    const tags: XmlTag[] = [];
    return { problem: xmlTags(text, root, (t) => tags.push(t)), tags };
  };

  it('gives each tag its attributes, the text after it, its line and where that text ends', () => {
    const text =
      '<?xml version="1.0"?>\n<project a="1">\n  <!-- <name>hidden</name> -->\n  <name> x </name>\n</project>\n';
    const { problem, tags } = tagsOf(text, 'project');
    expect(problem).toBeUndefined();
    expect(tags.map((t) => [t.name, t.closing, t.text, t.line])).toEqual([
      ['project', false, '', 2],
      ['name', false, 'x', 4],
      ['name', true, '', 4],
      ['project', true, '', 5],
    ]);
    expect(tags[0]?.attrs.get('a')).toBe('1');
    expect(tags.at(-1)?.end).toBe(text.length);
  });

  it('names a wrong root or a file without elements', () => {
    expect(tagsOf('<Project/>', 'packages').problem).toEqual({
      line: 1,
      reason: 'the root element is <Project>, not <packages>',
    });
    expect(tagsOf('plain text', 'project').problem).toEqual({ line: 1, reason: 'no XML elements' });
  });

  it('stays linear on one long line of tags', () => {
    const start = performance.now();
    const { tags } = tagsOf(`<project>${'<a>'.repeat(100_000)}</project>`, 'project');
    expect(tags).toHaveLength(100_002);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
