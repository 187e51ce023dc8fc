import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAndLoadConfig } from '../../src/config/index.js';
import { InputError } from '../../src/errors.js';
import { tempDir, writeTree } from '../support/tmp.js';

const find = (cwd: string, target: string, flag?: string | false) => findAndLoadConfig({ cwd, target, flag });

describe('config discovery', () => {
  it('walks up from the target folder to the nearest config', () => {
    const root = writeTree(tempDir(), { '.dpg-check.yml': 'fail-on: fail\n', 'apps/web/README.md': '# web' });
    const loaded = find(root, 'apps/web');
    expect(loaded?.path).toBe('.dpg-check.yml');
    expect(loaded?.settings.failOn).toBe('fail');
  });

  it('prefers the nearest folder, and in one folder .dpg-check.yml over package.json', () => {
    const root = writeTree(tempDir(), {
      '.dpg-check.yml': 'fail-on: fail\n',
      'apps/web/package.json': JSON.stringify({ name: 'web', 'dpg-check': { 'fail-on': 'warn' } }),
      'apps/api/package.json': JSON.stringify({ name: 'api', 'dpg-check': { 'fail-on': 'warn' } }),
      'apps/api/.dpg-check.yaml': 'min-score: 50\n',
    });
    expect(find(root, 'apps/web')).toMatchObject({
      path: join('apps', 'web', 'package.json#dpg-check'),
      settings: { failOn: 'warn' },
    });
    expect(find(root, 'apps/api')).toMatchObject({
      path: join('apps', 'api', '.dpg-check.yaml'),
      settings: { minScore: 50 },
    });
  });

  it('skips a package.json without the key, or that is not JSON', () => {
    const root = writeTree(tempDir(), {
      '.dpg-check.yml': 'min-score: 10\n',
      'a/package.json': '{"name": "a"}',
      'a/b/package.json': '{ not json',
    });
    expect(find(root, 'a/b')?.path).toBe('.dpg-check.yml');
  });

  it('starts from the working directory when the target is not a local folder', () => {
    const root = writeTree(tempDir(), { '.dpg-check.yml': 'min-score: 10\n' });
    expect(find(root, 'owner/name')?.settings.minScore).toBe(10);
  });

  it('returns nothing when no config exists up to the root', () => {
    const root = writeTree(tempDir(), { 'README.md': '#' });
    expect(find(root, '.')).toBeUndefined();
  });

  it('--config beats a discovered config, and --no-config ignores both', () => {
    const root = writeTree(tempDir(), { '.dpg-check.yml': 'fail-on: fail\n', 'ci/strict.yml': 'fail-on: warn\n' });
    expect(find(root, '.', 'ci/strict.yml')).toMatchObject({
      path: join('ci', 'strict.yml'),
      settings: { failOn: 'warn' },
    });
    expect(find(root, '.', false)).toBeUndefined();
  });

  it('--config must name an existing file', () => {
    const root = tempDir();
    expect(() => find(root, '.', 'nope.yml')).toThrow(/config file .*nope\.yml does not exist/);
    mkdirSync(join(root, 'dir.yml'));
    expect(() => find(root, '.', 'dir.yml')).toThrow(/is not a file/);
  });

  it('refuses a config that is a symbolic link, or larger than 64 KiB', () => {
    const outside = writeTree(tempDir(), { 'secret.yml': 'fail-on: fail\n' });
    const root = tempDir();
    symlinkSync(join(outside, 'secret.yml'), join(root, '.dpg-check.yml'));
    expect(() => find(root, '.')).toThrow(/is a symbolic link/);
    const big = writeTree(tempDir(), { '.dpg-check.yml': `# ${'x'.repeat(70 * 1024)}\n` });
    expect(() => find(big, '.')).toThrow(InputError);
    expect(() => find(big, '.')).toThrow(/larger than 64 KiB/);
  });
});
