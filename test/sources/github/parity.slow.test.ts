/**
 * Parity: every check gives the same result through the GitHub source (emulator) as through the local
 * source on the same files — over every fixture and a sample of the developer corpus.
 */
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import walkIgnore from '../../../src/data/walk-ignore.json' with { type: 'json' };
import type { Report } from '../../../src/model/report.js';
import { checks } from '../../../src/checks/index.js';
import type { RepoSnapshot } from '../../../src/model/snapshot.js';
import { checkSnapshot } from '../../../src/run.js';
import { readGitHubRepo } from '../../../src/sources/github/index.js';
import { readLocalRepo } from '../../../src/sources/local.js';
import { CORPUS_ROOT, listCorpus, readExpected, readFileList } from '../../support/corpus.js';
import type { GitHubEmulator } from '../../support/github-emulator/server.js';
import { PROJECT_ROOT } from '../../support/cli.js';
import { tempDir } from '../../support/tmp.js';
import { client, emulator, serveFixture, WANTS } from './support.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const FIXTURES = readdirSync(join(PROJECT_ROOT, 'fixtures', 'repos'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const IGNORED = new Set(walkIgnore.folders);

/** Corpus folders a plain-folder walk sees exactly as files.txt lists them (no links, no walk-ignored folders), under 6,000 files. */
function corpusSample(): string[] {
  return listCorpus()
    .filter((entry) => {
      const expected = readExpected(entry.dir);
      const paths = [...readFileList(entry.dir).keys()];
      return (
        (expected.symlinks ?? []).length === 0 &&
        paths.length < 6000 &&
        !paths.some((p) => p.split('/').some((part) => IGNORED.has(part)))
      );
    })
    .map((entry) => entry.id)
    .filter((_, i) => i % 2 === 0); // every other one keeps the run short
}

/** The corpus folder as a checkout: copied texts where the corpus holds them, NUL bytes (sparse) elsewhere, as the emulator serves them. */
function materialise(id: string): string {
  const source = join(CORPUS_ROOT, id);
  const root = join(tempDir('dpg-check-corpus-'), id.split('__')[1] ?? id);
  for (const [path, size] of readFileList(source)) {
    const target = join(root, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const copy = join(source, 'files', ...path.split('/'));
    if (existsSync(copy)) writeFileSync(target, readFileSync(copy));
    else {
      const fd = openSync(target, 'w');
      ftruncateSync(fd, size);
      closeSync(fd);
    }
  }
  return root;
}

/** The target differs by design (path vs URL); everything else must match. */
const withoutTarget = (report: Report): Omit<Report, 'target'> =>
  Object.fromEntries(Object.entries(report).filter(([key]) => key !== 'target')) as Omit<Report, 'target'>;

/** Judges host metadata a folder cannot have (archived, last push): it differs by design, so it is left out. */
const SAME_INPUT_CHECKS = checks.filter((c) => c.meta.id !== 'standards-best-practices/repository-maintained');

async function both(local: string, remote: string, emu: GitHubEmulator): Promise<[unknown, unknown]> {
  const outcome = (p: Promise<RepoSnapshot>) =>
    p
      .then((repo) => withoutTarget(checkSnapshot(repo, SAME_INPUT_CHECKS, NOW).report))
      .catch((err: Error) => `${err.name}: ${err.message.replace(local, 'TARGET').replace(remote, 'TARGET')}`);
  const gh = await client(emu, { cacheDir: null });
  return Promise.all([
    outcome(readLocalRepo(local, { wants: WANTS })),
    outcome(readGitHubRepo(gh, remote, { wants: WANTS })),
  ]);
}

describe('fixtures: GitHub source = local source', () => {
  let emu: GitHubEmulator;
  beforeAll(async () => {
    emu = await emulator();
  });

  it.each(FIXTURES)('%s', async (name) => {
    const dir = serveFixture(emu, name, 'fixtures');
    const [local, remote] = await both(dir, `https://github.com/fixtures/${name}`, emu);
    expect(remote).toEqual(local);
  });
});

describe('developer corpus sample: GitHub source (corpus served as is) = local source (materialised)', () => {
  const sample = corpusSample();
  let emu: GitHubEmulator;
  beforeAll(async () => {
    emu = await emulator({ reposDir: CORPUS_ROOT });
  });

  it('samples at least 10 repositories', () => {
    expect(sample.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sample)(
    '%s',
    async (id) => {
      const root = materialise(id);
      try {
        const [local, remote] = await both(root, `https://github.com/${id.replace('__', '/')}`, emu);
        expect(typeof local).toBe('object');
        expect(remote).toEqual(local);
      } finally {
        rmSync(dirname(root), { recursive: true, force: true }); // thousands of files: not left for the afterAll hook
      }
    },
    60_000,
  );
});
