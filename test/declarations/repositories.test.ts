/** Whether the repositories an answers file names include the checked one. */
import { describe, expect, it } from 'vitest';
import { repositoryMismatch, repositoryPath } from '../../src/declarations/repositories.js';
import type { DeclaredAnswers } from '../../src/model/declaration.js';

const record = (...urls: string[]): DeclaredAnswers => ({
  path: 'app.json',
  kind: 'dpga-record',
  answers: { repositories: urls.map((url) => ({ url })) },
  locations: new Map([['repositories', { path: 'app.json', line: 9 }]]),
});

describe('repositoryPath', () => {
  it.each([
    ['https://github.com/Acme/Clinic', 'github.com/Acme/Clinic'],
    ['https://www.github.com/acme/clinic.git/', 'github.com/acme/clinic'],
    ['git@github.com:acme/clinic.git', 'github.com/acme/clinic'],
    ['ssh://git@github.com/acme/clinic', 'github.com/acme/clinic'],
    ['https://github.com/acme/clinic/tree/main/app#readme', 'github.com/acme/clinic'],
    ['https://gitlab.com/group/sub/project/-/tree/main', 'gitlab.com/group/sub/project'],
    ['https://github.com/acme', 'github.com/acme'],
  ])('%s -> %s', (url, path) => {
    expect(repositoryPath(url)).toBe(path);
  });

  it('names no repository for a bare host or a word', () => {
    expect(repositoryPath('https://github.com/')).toBeUndefined();
    expect(repositoryPath('see our website')).toBeUndefined();
  });
});

describe('repositoryMismatch', () => {
  it('is quiet when a named repository is the checked one, whatever the URL form or case', () => {
    expect(
      repositoryMismatch(record('https://github.com/Acme/Clinic.git'), 'https://github.com/acme/clinic'),
    ).toBeUndefined();
    expect(
      repositoryMismatch(
        record('https://github.com/acme/other', 'git@github.com:acme/clinic.git'),
        'https://github.com/acme/clinic',
      ),
    ).toBeUndefined();
  });

  it('takes an owner page for every repository of that owner, and a folder of the repository for the repository', () => {
    expect(repositoryMismatch(record('https://github.com/acme'), 'https://github.com/acme/clinic')).toBeUndefined();
    expect(
      repositoryMismatch(record('https://github.com/acme/clinic/tree/main/server'), 'git@github.com:acme/clinic.git'),
    ).toBeUndefined();
  });

  it('warns, naming both, when none is the checked one', () => {
    expect(
      repositoryMismatch(
        record('https://github.com/acme/clinic-web', 'https://gitlab.com/acme/clinic'),
        'https://github.com/acme/clinic',
      ),
    ).toEqual({
      field: 'repositories',
      line: 9,
      message:
        "the record's repositories do not include acme/clinic (they name acme/clinic-web, gitlab.com/acme/clinic)",
    });
  });

  it('names a hand-written file by its path', () => {
    const answers: DeclaredAnswers = {
      path: 'dpg.yml',
      answers: { repositories: [{ url: 'https://github.com/a/b' }] },
    };
    expect(repositoryMismatch(answers, 'https://github.com/c/d')?.message).toBe(
      "dpg.yml's repositories do not include c/d (they name a/b)",
    );
  });

  it('says nothing when the answers name no repository, or the checked one has no known URL', () => {
    expect(repositoryMismatch(record(), 'https://github.com/acme/clinic')).toBeUndefined();
    expect(repositoryMismatch(record('https://github.com/a/b'), '/home/me/clinic')).toBeUndefined();
  });
});
