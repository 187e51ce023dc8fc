/**
 * run() with answersFile: a reviewer checks a local checkout or a GitHub repository against an
 * application record kept outside it. The file's answers replace the repository's own; a record about another repository is
 * named in a warning; a file that cannot be read is one line naming it, exit 2.
 */
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS_MAX_BYTES } from '../../src/declarations/parse.js';
import { InputError } from '../../src/errors.js';
import { run } from '../../src/run.js';
import { NOW, MIT_TEXT } from '../helpers.js';
import { client, emulator, serveFixture } from '../sources/github/support.js';
import { validateReport } from '../support/report-schema.js';
import { git, gitRepo, tempDir, writeTree } from '../support/tmp.js';

/** A checkout whose own dpg.yml would be refused: reading it at all would fail the run. */
function checkout(origin?: string): string {
  const root = gitRepo({
    'README.md': '# Clinic Queue\n',
    LICENSE: MIT_TEXT,
    'dpg.yml': 'name: Clinic Queue\nfavouriteColour: blue\n',
  });
  if (origin) git(root, 'remote', 'add', 'origin', origin);
  return root;
}

function recordFile(record: object): string {
  const dir = tempDir('dpg-answers-');
  writeTree(dir, { 'app.json': `${JSON.stringify(record, null, 2)}\n` });
  return join(dir, 'app.json');
}

const RECORD = {
  name: 'Clinic Queue',
  SDGs: [[3, 'Good Health and Well-Being']],
  sectors: [],
  repositoryURL: 'https://github.com/acme/clinic-queue',
  organizations: [{ name: 'Acme', org_type: 'owner' }],
  license: [{ spdx: 'MIT', licenseURL: 'https://github.com/acme/clinic-queue/blob/main/LICENSE' }],
};

async function failure(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(InputError);
  expect((error as InputError).exitCode).toBe(2);
  return error as InputError;
}

describe('run() with an answers file', () => {
  it("uses the file instead of the repository's own answers, and says so", async () => {
    const target = checkout('https://github.com/acme/clinic-queue.git');
    await failure(run({ target, now: NOW }));
    const answersFile = recordFile(RECORD);
    const { report } = await run({ target, answersFile, now: NOW });
    expect(validateReport(report)).toEqual([]);
    expect(report.declaredAnswers).toEqual({
      path: answersFile,
      origins: Object.fromEntries(
        ['name', 'SDGs', 'sectors', 'organizations', 'license', 'repositories'].map((k) => [k, answersFile]),
      ),
    });
    expect(report.declaration).toEqual({
      source: 'file',
      path: answersFile,
      kind: 'dpga-record',
      normalised: [
        { field: 'SDGs[0]', found: '[3,"Good Health and Well-Being"]', became: 'SDGNumber 3', line: 4 },
        {
          field: 'repositoryURL',
          found: '"https://github.com/acme/clinic-queue"',
          became: 'repositories[0].url',
          line: 10,
        },
      ],
      warnings: [],
    });
  });

  it("warns, naming both, when the record's repositories do not include the checkout's origin", async () => {
    const target = checkout('git@github.com:acme/clinic-queue-fork.git');
    const { report } = await run({ target, answersFile: recordFile(RECORD), now: NOW });
    expect(report.declaration?.warnings).toEqual([
      {
        field: 'repositories',
        line: 10,
        message: "the record's repositories do not include acme/clinic-queue-fork (they name acme/clinic-queue)",
      },
    ]);
  });

  it('skips the comparison for a folder without a known origin', async () => {
    const target = checkout();
    const { report } = await run({
      target,
      answersFile: recordFile({ ...RECORD, repositoryURL: 'https://github.com/elsewhere/x' }),
      now: NOW,
    });
    expect(report.declaration?.warnings).toEqual([]);
  });

  it("checks a GitHub repository against the record, comparing the record's repositories with it", async () => {
    const emu = await emulator();
    serveFixture(emu, 'compliant-app', 'acme');
    const github = { client: await client(emu) };
    const named = recordFile({ ...RECORD, repositoryURL: 'https://github.com/Acme/compliant-app' });
    const { report } = await run({ target: 'acme/compliant-app', github, answersFile: named, now: NOW });
    expect(report.target.url).toBe('https://github.com/acme/compliant-app');
    expect(report.declaredAnswers.path).toBe(named);
    expect(report.declaration).toMatchObject({ source: 'file', kind: 'dpga-record', warnings: [] });
    const other = await run({ target: 'acme/compliant-app', github, answersFile: recordFile(RECORD), now: NOW });
    expect(other.report.declaration?.warnings.map((w) => w.message)).toEqual([
      "the record's repositories do not include acme/compliant-app (they name acme/clinic-queue)",
    ]);
  });

  it('takes a hand-written dpg.yml too, held to the schema', async () => {
    const dir = writeTree(tempDir(), {
      'mine.yml': 'name: Clinic Queue\nstage: DPG\n',
      'typo.yml': 'name: Clinic Queue\nsdgs: []\n',
    });
    const { report } = await run({ target: checkout(), answersFile: join(dir, 'mine.yml'), now: NOW });
    expect(report.declaration).toMatchObject({ source: 'file', kind: 'answers', normalised: [], warnings: [] });
    const error = await failure(run({ target: checkout(), answersFile: join(dir, 'typo.yml'), now: NOW }));
    expect(error.message).toBe(`${join(dir, 'typo.yml')}:2:1 sdgs is not a known answer (did you mean SDGs?)`);
  });

  it('refuses a file that is missing, a folder, a symlink, too large or binary, in one line naming it', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'big.json': `{"stage": "DPG", "x": "${'x'.repeat(ANSWERS_MAX_BYTES)}"}`,
      'binary.json': Buffer.from([0x7b, 0x00, 0x7d]),
      'real.json': '{"stage": "DPG"}',
    });
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'real.json'), join(dir, 'link.json'));
    const target = checkout();
    const cases: [string, string][] = [
      ['missing.json', 'missing.json: no such file'],
      ['folder', 'folder is a folder, not an answers file'],
      ['link.json', 'link.json is a symbolic link; answers are read only from the file itself'],
      ['big.json', 'big.json is larger than 256 KiB, the most an answers file may be'],
      ['binary.json', 'binary.json is not a text file'],
    ];
    for (const [name, message] of cases) {
      const error = await failure(run({ target, answersFile: join(dir, name), now: NOW }));
      expect(error.message, name).toBe(join(dir, message));
      expect(error.message, name).not.toContain('\n');
    }
  });
});
