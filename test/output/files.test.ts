/** The write primitives every command goes through, tested without a command around them. */
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { openAppendFile, appendToFile } from '../../src/output/append.js';
import { copyToBackup, copyToNumberedBackup, moveToBackup } from '../../src/output/backup.js';
import { writeOwnFile } from '../../src/output/own-file.js';
import { openPartialFile, writeWholeFile } from '../../src/output/partial-file.js';
import { writeFilesInto, writeOutputFile } from '../../src/output/write-file.js';
import { tempDir } from '../support/tmp.js';

describe('backups', () => {
  it('numbered: never replaces an earlier backup', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dpg.yml'), 'first\n');
    expect(await copyToNumberedBackup(dir, 'dpg.yml')).toBe(join(dir, 'dpg.yml.bak'));
    writeFileSync(join(dir, 'dpg.yml'), 'second\n');
    expect(await copyToNumberedBackup(dir, 'dpg.yml')).toBe(join(dir, 'dpg.yml.bak.1'));
    expect(readFileSync(join(dir, 'dpg.yml.bak'), 'utf8')).toBe('first\n');
    expect(readFileSync(join(dir, 'dpg.yml.bak.1'), 'utf8')).toBe('second\n');
  });

  it('copied: FILE.bak is replaced and the file stays; moved: the file goes to FILE.bak', async () => {
    const dir = tempDir();
    const file = join(dir, 'badge.json');
    writeFileSync(`${file}.bak`, 'old copy');
    writeFileSync(file, 'mine');
    expect(await copyToBackup(file)).toBe(`${file}.bak`);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('mine');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    await moveToBackup(file);
    expect(existsSync(file)).toBe(false);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('mine');
  });
});

describe('partial files', () => {
  it('keep the final name absent until published', async () => {
    const dir = tempDir();
    const path = join(dir, 'summary.csv');
    const file = await openPartialFile(path);
    await file.write('a,b\r\n');
    await file.write('1,2\r\n');
    await file.close();
    expect(readdirSync(dir)).toEqual(['summary.csv.partial']);
    await file.publish();
    expect(readdirSync(dir)).toEqual(['summary.csv']);
    expect(readFileSync(path, 'utf8')).toBe('a,b\r\n1,2\r\n');
    await writeWholeFile(join(dir, 'summary.md'), '# results\n');
    expect(readdirSync(dir).sort()).toEqual(['summary.csv', 'summary.md']);
  });
});

describe('appending', () => {
  it('cuts a half-written end first, then appends in call order', async () => {
    const dir = tempDir();
    const path = join(dir, 'results.jsonl');
    writeFileSync(path, '{"a":1}\n{"b":');
    const file = await openAppendFile(path, '{"a":1}\n'.length);
    await Promise.all(['1\n', '2\n', '3\n'].map((line) => file.append(line)));
    await file.close();
    expect(readFileSync(path, 'utf8')).toBe('{"a":1}\n1\n2\n3\n');
  });

  it('names the file and the system code when it cannot append', () => {
    const dir = tempDir();
    const attempt = () =>
      appendToFile(join(dir, 'missing', 'out'), 'x', { what: 'GITHUB_OUTPUT file out', hint: 'unset it' });
    expect(attempt).toThrow(InputError);
    expect(attempt).toThrow('cannot write GITHUB_OUTPUT file out (ENOENT)');
  });
});

describe('files the user named', () => {
  it('a report folder is created, and a link in it is never written through', async () => {
    const dir = join(tempDir(), 'reports');
    await writeFilesInto(dir, [
      { name: 'report.json', text: '{}\n' },
      { name: 'report.md', text: '# r\n' },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['report.json', 'report.md']);
    const elsewhere = join(tempDir(), 'elsewhere.txt');
    writeFileSync(elsewhere, 'untouched');
    symlinkSync(elsewhere, join(dir, 'report.txt'));
    await expect(writeFilesInto(dir, [{ name: 'report.txt', text: 'x' }])).rejects.toThrow(
      `${join(dir, 'report.txt')} is a symbolic link`,
    );
    expect(readFileSync(elsewhere, 'utf8')).toBe('untouched');
  });

  it('an unwritable path is one error naming it and the flag', async () => {
    const path = join(tempDir(), 'no', 'such', 'report.json');
    await expect(writeOutputFile(path, '{}', '--output')).rejects.toThrow(
      new InputError(`cannot write ${path} (ENOENT)`, 'choose a writable --output path'),
    );
  });

  it('a file not ours is replaced only when forced, keeping FILE.bak', async () => {
    const dir = tempDir();
    const path = join(dir, 'out.json');
    writeFileSync(path, 'notes');
    const file = {
      shown: 'out.json',
      flag: '--out',
      kind: 'a dpg-check badge',
      isOurs: (head: string) => head.startsWith('{'),
      force: false,
    };
    await expect(writeOwnFile(path, '{"new":1}', file)).rejects.toThrow(
      '--out out.json exists and is not a dpg-check badge',
    );
    expect(await writeOwnFile(path, '{"new":1}', { ...file, force: true })).toEqual({ backup: `${path}.bak` });
    expect(readFileSync(`${path}.bak`, 'utf8')).toBe('notes');
    expect(await writeOwnFile(path, '{"new":2}', file)).toEqual({ backup: null });
    expect(readFileSync(path, 'utf8')).toBe('{"new":2}');
  });
});
