import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBatchInput } from '../../../src/commands/batch/input/index.js';
import { jsonErrorLine } from '../../../src/commands/batch/input/json-error.js';
import { InputError } from '../../../src/errors.js';
import { PROJECT_ROOT } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';

const FIXTURES = join(PROJECT_ROOT, 'fixtures', 'batch');

function write(name: string, content: string | Buffer): string {
  const dir = tempDir('dpg-batch-input-');
  writeFileSync(join(dir, name), content);
  return dir;
}

async function inputError(path: string, cwd: string, column?: string): Promise<InputError> {
  const error = await loadBatchInput(path, { cwd, ...(column ? { column } : {}) }).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('text lists', () => {
  it('reads URLs, OWNER/NAME and folders; skips comments and blank lines; names each line', async () => {
    const cwd = write(
      'repos.txt',
      '# reviewers, round 3\r\nhttps://github.com/a/one#readme\n\n  b/two   # second\nlocal-folder\nnot two words\n',
    );
    const input = await loadBatchInput('repos.txt', { cwd });
    expect(input.kind).toBe('list');
    expect(input.entries.map((e) => [e.from, e.target.kind, e.target.key])).toEqual([
      ['repos.txt:2', 'github', 'github:a/one'],
      ['repos.txt:4', 'github', 'github:b/two'],
      ['repos.txt:5', 'local', `local:${join(cwd, 'local-folder')}`],
      ['repos.txt:6', 'invalid', 'invalid:not two words'],
    ]);
  });

  it("reads relative folders from the list file's own folder, not the working directory", async () => {
    const cwd = tempDir('dpg-batch-input-');
    mkdirSync(join(cwd, 'lists'));
    writeFileSync(join(cwd, 'lists', 'repos.txt'), '../checkouts/app\n');
    const input = await loadBatchInput('lists/repos.txt', { cwd });
    expect(input.entries[0]?.target).toMatchObject({ kind: 'local', path: join(cwd, 'checkouts', 'app') });
  });

  it.each([
    ['missing.txt', undefined, /missing\.txt: no such file/],
    ['binary.txt', Buffer.from('a/b\nc/d\n\0\u0001'), /binary\.txt:3: binary content/],
    ['latin1.txt', Buffer.from([0x61, 0x2f, 0x62, 0xe9, 0x0a]), /latin1\.txt is not valid UTF-8/],
  ])('refuses %s with exit 2 naming the file', async (name, content, message) => {
    const cwd = content === undefined ? tempDir('dpg-batch-input-') : write(name, content);
    const error = await inputError(name, cwd);
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
  });
});

describe('CSV', () => {
  it('takes the named column, skips empty cells and counts lines', async () => {
    const input = await loadBatchInput('repos.csv', { cwd: FIXTURES, column: 'repository url' });
    expect(input.entries.map((e) => [e.from, e.target.key])).toEqual([
      ['repos.csv:2', 'github:example-org/compliant-app'],
      ['repos.csv:4', 'github:example-org/gpl-only-copying'],
    ]);
  });

  it('finds a usual column name without --column', async () => {
    const input = await loadBatchInput('repos.csv', { cwd: FIXTURES });
    expect(input.entries).toHaveLength(2);
  });

  it('names the columns when --column is wrong', async () => {
    const error = await inputError('repos.csv', FIXTURES, 'repo_link');
    expect(error.message).toBe(
      'repos.csv has no column "repo_link"; its columns are "name", "Repository URL", "notes"',
    );
  });

  it('names the line of broken CSV', async () => {
    const cwd = write('broken.csv', 'repository,notes\na/b,fine\nc/d,"unclosed\n');
    const error = await inputError('broken.csv', cwd);
    expect(error.message).toMatch(/^broken\.csv:\d+: not valid CSV/);
  });
});

describe('registry input', () => {
  it('takes every repository of every product, with its declared licenses', async () => {
    const input = await loadBatchInput('registry-sample.json', { cwd: FIXTURES });
    expect(input.kind).toBe('registry');
    expect(input.entries.map((e) => [e.target.key, e.declared?.licenses])).toEqual([
      ['github:example-org/compliant-app', ['MIT']],
      ['github:example-org/gpl-only-copying', ['GPL-3.0']],
      ['github:example-org/rejected-license', ['Apache-2.0']],
      ['invalid:https://gitlab.com/example/elsewhere', ['AGPL-3.0']],
      ['github:example-org/compliant-app', ['AGPL-3.0']],
    ]);
    expect(input.entries[2]?.from).toBe('registry-sample.json records[2] (wrong-claim)');
    expect(input.notes).toEqual(['1 product(s) list no repository and were skipped']);
  });

  it('reads a folder of nominee files, including the legacy repositoryURL', async () => {
    const input = await loadBatchInput('nominees', { cwd: FIXTURES });
    expect(input.entries.map((e) => [e.target.key, e.declared?.product, e.from])).toEqual([
      ['github:example-org/compliant-app', 'Compliant App', join('nominees', 'compliant-app.json')],
      ['github:example-org/gpl-only-copying', 'Legacy Form', join('nominees', 'legacy-form.json')],
    ]);
  });

  it('names the file and line of broken JSON', async () => {
    const cwd = write('registry.json', '{\n  "records": [\n    { "slug": "x", }\n  ]\n}\n');
    const error = await inputError('registry.json', cwd);
    expect(error.message).toMatch(/^registry\.json:3: not valid JSON/);
  });

  it('refuses JSON that is neither the registry nor a nominee', async () => {
    const cwd = write('other.json', '{ "hello": "world" }');
    expect((await inputError('other.json', cwd)).message).toBe(
      'other.json is neither the DPG registry nor a nominee file',
    );
  });
});

describe('jsonErrorLine', () => {
  it.each([
    ['{\n  "a": 1,\n  "b": oops\n}', 3],
    ['{\n  "a": [1, 2,]\n}', 2],
    ['{ "a": 1 }\n\nextra', 3],
    ['{\n "s": "bad \\x escape"\n}', 2],
    ['[\n1,\n2', 3],
  ])('finds the line of %j', (text, line) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorLine(text)).toBe(line);
  });

  it('gives up quietly on nesting too deep to scan', () => {
    expect(jsonErrorLine('['.repeat(1_000_000))).toBeUndefined();
  });
});
