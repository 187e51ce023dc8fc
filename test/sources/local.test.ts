import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { pathMatcher } from '../../src/lib/paths.js';
import { readLocalRepo } from '../../src/sources/local.js';
import { MIT_TEXT } from '../helpers.js';
import { git, gitRepo, tempDir, writeTree } from '../support/tmp.js';

const wantsAll = { wants: pathMatcher(['**']) };
const wantsLicense = { wants: pathMatcher(['LICENSE*']) };

describe('local source in a git checkout', () => {
  it('lists tracked and untracked-not-ignored files, with sizes and the commit', async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT, 'src/a.js': 'x', '.gitignore': 'build/\n' });
    writeTree(root, { 'new.txt': 'untracked', 'build/out.js': 'ignored' });
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.files.map((f) => f.path)).toEqual(['.gitignore', 'LICENSE', 'new.txt', 'src/a.js']);
    expect(repo.files.find((f) => f.path === 'src/a.js')?.size).toBe(1);
    expect(repo.target.commit).toBe(git(root, 'rev-parse', 'HEAD').trim());
    expect(repo.target.source).toBe('local');
  });

  it('drops files deleted from the work tree but still in the index', async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT, 'gone.txt': 'x' });
    execFileSync('rm', [join(root, 'gone.txt')]);
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.files.map((f) => f.path)).toEqual(['LICENSE']);
  });

  it('reads only the texts the checks want', async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT, 'README.md': '# hi' });
    const repo = await readLocalRepo(root, wantsLicense);
    expect([...repo.texts.keys()]).toEqual(['LICENSE']);
    expect(repo.files).toHaveLength(2);
  });

  it('has a null commit in a repository with no commits yet', async () => {
    const root = writeTree(tempDir(), { LICENSE: MIT_TEXT });
    git(root, 'init', '-q');
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.target.commit).toBeNull();
    expect(repo.files.map((f) => f.path)).toEqual(['LICENSE']);
  });

  it('does not run a hostile core.fsmonitor command from the repository config', async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT });
    const marker = join(tempDir(), 'pwned');
    git(root, 'config', 'core.fsmonitor', `touch ${marker}; false`);
    await readLocalRepo(root, wantsAll);
    expect(() => execFileSync('test', ['-e', marker])).toThrow();
  });
});

describe('local source: the date of the last commit', () => {
  /** A commit whose author and committer dates differ, and whose message mimics a committer line. */
  function committedOn(root: string, committerDate: string): void {
    writeFileSync(join(root, 'CHANGELOG.md'), 'change');
    git(root, 'add', '-A');
    execFileSync(
      'git',
      [
        '-c',
        'user.name=test',
        '-c',
        'user.email=test@example.invalid',
        'commit',
        '-qm',
        'later\n\ncommitter x <y> 1 +0000',
      ],
      {
        cwd: root,
        env: { ...process.env, GIT_AUTHOR_DATE: '2010-05-05T00:00:00Z', GIT_COMMITTER_DATE: committerDate },
      },
    );
  }

  it("reads HEAD's committer date (UTC) into the snapshot meta", async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT });
    committedOn(root, '2019-01-12T18:45:56+01:00');
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.meta.lastCommitAt).toBe('2019-01-12T17:45:56.000Z');
  });

  it('has none without commits or outside git', async () => {
    const empty = writeTree(tempDir(), { LICENSE: MIT_TEXT });
    git(empty, 'init', '-q');
    expect((await readLocalRepo(empty, wantsAll)).meta.lastCommitAt).toBeUndefined();
    const plain = writeTree(tempDir(), { LICENSE: MIT_TEXT });
    expect((await readLocalRepo(plain, wantsAll)).meta.lastCommitAt).toBeUndefined();
  });

  it('does not run the signature program a hostile config names, even for a signed-looking commit', async () => {
    const root = gitRepo({ LICENSE: MIT_TEXT });
    // `git log` would verify this signature with gpg.program (log.showSignature); the raw object is only read.
    const tree = git(root, 'rev-parse', 'HEAD^{tree}').trim();
    const signed = `tree ${tree}\nauthor a <a@example.invalid> 1262304000 +0000\ncommitter a <a@example.invalid> 1547315156 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n x\n -----END PGP SIGNATURE-----\n\nsigned\n`;
    const commit = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], {
      cwd: root,
      input: signed,
      encoding: 'utf8',
    }).trim();
    git(root, 'update-ref', 'HEAD', commit);
    const marker = join(tempDir(), 'pwned');
    const program = join(tempDir(), 'fake-gpg.sh');
    writeFileSync(program, `#!/bin/sh\ntouch ${marker}\n`, { mode: 0o755 });
    git(root, 'config', 'log.showSignature', 'true');
    git(root, 'config', 'gpg.program', program);
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.meta.lastCommitAt).toBe('2019-01-12T17:45:56.000Z');
    expect(() => execFileSync('test', ['-e', marker])).toThrow();
  });
});

describe('local source in a plain folder', () => {
  it('walks the tree and skips vendored and VCS folders', async () => {
    const root = writeTree(tempDir(), {
      LICENSE: MIT_TEXT,
      'src/app.py': 'print(1)',
      'node_modules/x/index.js': '',
      '.git/config': '',
      'vendor/lib.php': '',
    });
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.files.map((f) => f.path)).toEqual(['LICENSE', 'src/app.py']);
    expect(repo.target.commit).toBeNull();
  });
});

describe('hostile and awkward input', () => {
  it('never follows a symlink out of the root, and notes it', async () => {
    const outside = writeTree(tempDir(), { 'secret.txt': 'TOKEN=abc' });
    const root = writeTree(tempDir(), { 'README.md': '# x' });
    symlinkSync(join(outside, 'secret.txt'), join(root, 'LICENSE'));
    symlinkSync(outside, join(root, 'linked-dir'));
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.files.map((f) => f.path)).toEqual(['README.md']);
    expect(repo.texts.has('LICENSE')).toBe(false);
    expect(repo.notes).toContainEqual({ path: 'LICENSE', reason: 'symlink-outside-root' });
    expect(repo.notes).toContainEqual({ path: 'linked-dir', reason: 'symlink-outside-root' });
  });

  it('follows a symlink that stays inside the root', async () => {
    const root = writeTree(tempDir(), { 'docs/LICENSE.txt': MIT_TEXT });
    symlinkSync('docs/LICENSE.txt', join(root, 'LICENSE'));
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.texts.get('LICENSE')).toBe(MIT_TEXT);
  });

  it('notes symlink loops instead of hanging', async () => {
    const root = writeTree(tempDir(), { 'README.md': '# x' });
    symlinkSync('b', join(root, 'a'));
    symlinkSync('a', join(root, 'b'));
    mkdirSync(join(root, 'dir'));
    symlinkSync('..', join(root, 'dir', 'up'));
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.files.map((f) => f.path)).toEqual(['README.md']);
    expect(repo.notes).toContainEqual({ path: 'a', reason: 'symlink-loop' });
  });

  it('never opens a FIFO', async () => {
    const root = writeTree(tempDir(), { 'README.md': '# x' });
    execFileSync('mkfifo', [join(root, 'LICENSE')]);
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.notes).toContainEqual({ path: 'LICENSE', reason: 'special-file' });
    expect(repo.files.map((f) => f.path)).toEqual(['README.md']);
  });

  it('caps the bytes read from a huge file and says so', async () => {
    const root = writeTree(tempDir(), { LICENSE: MIT_TEXT + 'x'.repeat(5000) });
    const repo = await readLocalRepo(root, { ...wantsAll, maxFileBytes: 1000 });
    expect(repo.texts.get('LICENSE')).toHaveLength(1000);
    expect(repo.notes).toContainEqual({ path: 'LICENSE', reason: 'truncated' });
    expect(repo.files[0]?.size).toBe(MIT_TEXT.length + 5000);
  });

  it('keeps binary files out of the texts', async () => {
    const root = writeTree(tempDir(), { LICENSE: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) });
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.texts.has('LICENSE')).toBe(false);
    expect(repo.notes).toContainEqual({ path: 'LICENSE', reason: 'binary' });
  });

  it('decodes invalid UTF-8 with replacement characters and notes it', async () => {
    const root = writeTree(tempDir(), {
      LICENSE: Buffer.concat([Buffer.from('MIT '), Buffer.from([0xff, 0xfe, 0x41])]),
    });
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.texts.get('LICENSE')).toBe('MIT \uFFFD\uFFFDA');
    expect(repo.notes).toContainEqual({ path: 'LICENSE', reason: 'invalid-utf8' });
  });

  it('strips a BOM and turns CRLF into LF', async () => {
    const root = writeTree(tempDir(), { LICENSE: Buffer.from('\uFEFFline one\r\nline two\rline three\r\n') });
    const repo = await readLocalRepo(root, wantsAll);
    expect(repo.texts.get('LICENSE')).toBe('line one\nline two\nline three\n');
  });

  it('rejects a path that does not exist', async () => {
    await expect(readLocalRepo('/nonexistent/dpg-check-test', wantsAll)).rejects.toThrow(InputError);
    await expect(readLocalRepo('/nonexistent/dpg-check-test', wantsAll)).rejects.toThrow(/no such file or directory/);
  });

  it('rejects a file given instead of a folder', async () => {
    const root = writeTree(tempDir(), { LICENSE: MIT_TEXT });
    await expect(readLocalRepo(join(root, 'LICENSE'), wantsAll)).rejects.toThrow(/is not a folder/);
  });

  it('rejects an empty folder', async () => {
    await expect(readLocalRepo(tempDir(), wantsAll)).rejects.toThrow(/has no files to check/);
  });

  it('rejects a folder holding only ignored folders', async () => {
    const root = tempDir();
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, 'node_modules', 'x.js'), '');
    await expect(readLocalRepo(root, wantsAll)).rejects.toThrow(InputError);
  });
});
