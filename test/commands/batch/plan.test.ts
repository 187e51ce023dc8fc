import { describe, expect, it } from 'vitest';
import type { InputEntry } from '../../../src/commands/batch/input/index.js';
import { parseShard, planBatch, shardSlice } from '../../../src/commands/batch/plan.js';
import { parseTarget } from '../../../src/commands/batch/targets.js';
import { UsageError } from '../../../src/errors.js';

const context = { baseDir: '/lists', isDirectory: () => false };
const entries = (texts: readonly string[]): InputEntry[] =>
  texts.map((text, i) => ({ target: parseTarget(text, context), from: `list:${i + 1}` }));

describe('planBatch', () => {
  it('checks each target once: the first spelling and line win', () => {
    const plan = planBatch(
      entries([
        'a/one',
        'https://github.com/A/One.git',
        'b/two',
        './x',
        '/lists/x',
        'git@github.com:a/one.git',
        'b/two',
      ]),
    );
    expect(plan.items.map((i) => [i.from, i.target.key])).toEqual([
      ['list:1', 'github:a/one'],
      ['list:3', 'github:b/two'],
      ['list:4', 'local:/lists/x'],
    ]);
    expect(plan.duplicates).toBe(4);
    expect(plan.distinct).toBe(3);
  });

  it('de-duplicates before slicing, so shards of a list with repeats still cover it once', () => {
    const list = entries(['a/1', 'a/2', 'a/1', 'a/3', 'a/2', 'a/4', 'a/5']);
    const keys = [1, 2, 3].flatMap((index) => planBatch(list, { index, count: 3 }).items.map((i) => i.target.key));
    expect(keys).toEqual(['github:a/1', 'github:a/2', 'github:a/3', 'github:a/4', 'github:a/5']);
  });
});

describe('shardSlice', () => {
  it('covers every list exactly once, in order, with slices differing by at most one', () => {
    for (let length = 0; length <= 40; length++) {
      const list = Array.from({ length }, (_, i) => i);
      for (let count = 1; count <= 12; count++) {
        const slices = Array.from({ length: count }, (_, i) => shardSlice(list, { index: i + 1, count }));
        expect(slices.flat()).toEqual(list);
        const sizes = slices.map((s) => s.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('2/5')).toEqual({ index: 2, count: 5 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/3', '4/3', '2', 'a/b', '1/0', '-1/2', '1.5/3'])('refuses %s with a usage error', (text) => {
    expect(() => parseShard(text)).toThrow(UsageError);
  });
});
