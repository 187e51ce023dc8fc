import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAndLoadConfig } from '../../src/config/index.js';
import { InputError } from '../../src/errors.js';
import { tempDir, writeTree } from '../support/tmp.js';

function load(text: string, file = '.dpg-check.yml') {
  const root = writeTree(tempDir(), { [file]: text });
  return { root, loaded: findAndLoadConfig({ cwd: root, target: '.', flag: undefined }) };
}

function errorOf(text: string, file?: string): InputError {
  try {
    load(text, file);
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('config contents', () => {
  it('reads every knob, naming indicators by id, number or slug', () => {
    const { root, loaded } = load(
      [
        'fail-on: warn',
        'min-score: 75',
        'indicators:',
        '  skip: [7, documentation]',
        '  require: ["9a"]',
        'waivers:',
        '  - indicator: platform-independence',
        '    reason: Maps SDK until the OSM port lands',
        '    expires: 2027-01-31',
        'plugins: [checks/roadmap.js]',
        '',
      ].join('\n'),
    );
    expect(loaded?.settings).toEqual({
      failOn: 'warn',
      minScore: 75,
      skip: ['7', '5'],
      require: ['9a'],
      waivers: [
        {
          indicator: '4',
          reason: 'Maps SDK until the OSM port lands',
          expires: '2027-01-31',
          at: '.dpg-check.yml:7:5',
        },
      ],
      plugins: [join(root, 'checks', 'roadmap.js')],
    });
  });

  it('accepts an empty file as no policy', () => {
    expect(load('# nothing yet\n').loaded?.settings).toEqual({ skip: [], require: [], waivers: [], plugins: [] });
  });

  it('reports every schema problem at once, with line and column', () => {
    const error = errorOf(
      'fail-on: fial\nmin-score: 120\nindicators:\n  skip: [10]\nwaivers:\n  - indicator: 5\nplugin: []\n',
    );
    expect(error.message.split('\n')).toEqual([
      '.dpg-check.yml:1:10 fail-on must be one of "fail", "warn", "manual"',
      '.dpg-check.yml:2:12 min-score must be 0–100',
      '.dpg-check.yml:4:10 indicators.skip[0] must be an indicator: 1 to 8, 9a, 9b, 9c, or its slug (e.g. documentation)',
      '.dpg-check.yml:6:5 waivers[0] must have reason',
      '.dpg-check.yml:7:1 plugin is not a known setting (did you mean plugins?)',
    ]);
    expect(error.hint).toMatch(/Configuration/);
  });

  it('refuses contradictions and impossible dates', () => {
    const error = errorOf(
      [
        'indicators:',
        '  skip: [6]',
        '  require: [data-extraction]',
        'waivers:',
        '  - {indicator: 6, reason: a}',
        '  - {indicator: 5, reason: b, expires: 2026-02-30}',
        '  - {indicator: documentation, reason: c}',
        '',
      ].join('\n'),
    );
    expect(error.message.split('\n')).toEqual([
      '.dpg-check.yml:3:13 indicator data-extraction is both skipped and required',
      '.dpg-check.yml:5:17 indicator 6 is skipped: a waiver for it has no effect (remove one of them)',
      '.dpg-check.yml:6:40 waivers[1].expires 2026-02-30 is not a real date (YYYY-MM-DD)',
      '.dpg-check.yml:7:17 indicator 5 has two waivers (keep one)',
    ]);
  });

  it('reports a YAML syntax error at its position, and refuses alias bombs', () => {
    expect(errorOf('fail-on: [unclosed\n').message).toMatch(/^\.dpg-check\.yml:2:1 /);
    const bomb = [
      'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(errorOf(`${bomb}\n`).message).toMatch(/too many YAML aliases/);
  });

  it('locates problems inside the "dpg-check" key of package.json', () => {
    const error = errorOf('{\n  "name": "x",\n  "dpg-check": {\n    "fail-on": "never"\n  }\n}\n', 'package.json');
    expect(error.message).toBe('package.json:4:16 dpg-check.fail-on must be one of "fail", "warn", "manual"');
  });
});
