/**
 * Test support: the developer corpus (../shared/corpus, a sibling of the project root) as RepoSnapshots.
 * The corpus texts are never copied into the project; they are read here, at test time.
 * Layout (see shared/corpus/README.md): OWNER__NAME/{files.txt, files/, expected.json}.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RepoSnapshot } from '../../src/model/snapshot.js';
import { memoryRepo } from '../../src/sources/memory.js';

/** test/support/ -> project root -> its sibling shared/corpus. */
export const CORPUS_ROOT = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));

/** The parts of expected.json the tests read; the file holds more. */
export interface CorpusExpected {
  readonly repo: string;
  readonly commit: string;
  readonly stage?: string | null;
  /** Registry folder: nominees, archive or excluded-nominees. */
  readonly folder?: string;
  readonly excludedReason?: string | null;
  readonly declaredSpdx: readonly string[];
  readonly licensee: { readonly project: string | null } | null;
  readonly filesInCheckout?: number;
  readonly symlinks?: readonly string[];
  readonly submodules?: readonly string[];
}

export interface CorpusEntry {
  /** Folder name, OWNER__NAME. */
  readonly id: string;
  /** OWNER/NAME. */
  readonly repo: string;
  readonly dir: string;
}

/** Throws (never returns an empty list) when the corpus is missing: CI has it, so its absence is a failure. */
export function listCorpus(root: string = CORPUS_ROOT): CorpusEntry[] {
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new Error(
      `Corpus not found at ${root}. The corpus tests need the developer corpus as the project root's sibling shared/corpus/ (CI provides it); they do not skip.`,
    );
  }
  const entries = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.includes('__'))
    .map((e) => ({ id: e.name, repo: e.name.replace('__', '/'), dir: join(root, e.name) }))
    .sort((a, b) => (a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0));
  if (entries.length === 0) throw new Error(`Corpus at ${root} holds no OWNER__NAME folders`);
  return entries;
}

export function readExpected(dir: string): CorpusExpected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as CorpusExpected;
}

/** The README's grouping: DPG, nominee/archive or excluded. */
export function corpusGroup(expected: CorpusExpected): 'DPG' | 'nominee/archive' | 'excluded' {
  if (expected.folder?.startsWith('excluded') || expected.excludedReason) return 'excluded';
  return expected.stage === 'DPG' ? 'DPG' : 'nominee/archive';
}

/** files.txt: `path<TAB>size`, one a line. Paths may hold spaces, so split at the last tab. */
export function readFileList(dir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const line of readFileSync(join(dir, 'files.txt'), 'utf8').split('\n')) {
    if (line === '') continue;
    const tab = line.lastIndexOf('\t');
    const size = Number(line.slice(tab + 1));
    if (tab <= 0 || !Number.isInteger(size) || size < 0)
      throw new Error(`${join(dir, 'files.txt')}: bad line ${JSON.stringify(line)}`);
    sizes.set(line.slice(0, tab), size);
  }
  return sizes;
}

/** The copied texts under files/, keyed by POSIX path relative to the repository root. */
export function readCorpusTexts(dir: string): Record<string, string> {
  const base = join(dir, 'files');
  const texts: Record<string, string> = {};
  if (!existsSync(base)) return texts;
  const pending = [base];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const absolute = join(current, entry.name);
      if (entry.isDirectory()) pending.push(absolute);
      else if (entry.isFile()) texts[relative(base, absolute).split(sep).join('/')] = readFileSync(absolute, 'utf8');
    }
  }
  return texts;
}

/**
 * One corpus folder as the snapshot a git source would give for github.com/OWNER/NAME:
 * every listed file with its size, and the text of the copied ones (memoryRepo normalises them
 * exactly as the sources do). Files the corpus did not copy exist without text.
 */
export function corpusSnapshot(dir: string): RepoSnapshot {
  const expected = readExpected(dir);
  const [owner = '', name = ''] = expected.repo.split('/');
  const sizes = Object.fromEntries(readFileList(dir));
  const texts = readCorpusTexts(dir);
  for (const path of Object.keys(texts)) {
    if (!(path in sizes)) throw new Error(`${dir}: files/${path} is not listed in files.txt`);
  }
  return memoryRepo(texts, {
    sizes,
    target: {
      source: 'git',
      ref: `${owner}/${name}`,
      url: `https://github.com/${owner}/${name}`,
      commit: expected.commit,
    },
    meta: { name },
  });
}
