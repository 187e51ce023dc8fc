/** Helper for the clear-ownership checks (not a check): where the README, publiccode.yml or a package
 *  manifest (npm, PyPA, Maven, Composer, Mix) says who owns or maintains the product. Pure functions. */
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { isScaffoldHolder } from '../../lib/copyright.js';
import { lineAtOffset } from '../../lib/line-numbers.js';
import { clip, firstLineMatching, linesMatching } from '../../lib/text.js';
import ownership from '../../data/ownership.json' with { type: 'json' };

export interface OwnerStatement {
  readonly path: string;
  readonly line: number | undefined;
  /** The manifest field that names the owner; undefined for a README sentence. */
  readonly field: string | undefined;
  /** The owner's name, or the README sentence that names them. */
  readonly owner: string;
}

export const OWNER_STATEMENT_READS: readonly string[] = [
  ...globsOf('rootReadme'),
  ...globsOf('publiccode'),
  'package.json',
  'pyproject.toml',
  'setup.py',
  'pom.xml',
  'composer.json',
  'mix.exs',
];

const STATEMENT = new RegExp(ownership.ownershipPattern, 'i');
const PUBLICCODE = /^\s*(mainCopyrightOwner|repoOwner)\s*:\s*["']?([^"'\n#]{2,200})/;
const MANIFEST_AUTHOR = /^\s*(?:authors?|maintainers?)\s*=\s*(?:\[\s*)?(?:\{\s*name\s*=\s*)?["']([^"'\n]{2,80})["']/;
const JSON_AUTHOR = /^\s*"author"\s*:/;
const JSON_AUTHORS = /^\s*"authors"\s*:/;
const MIX_MAINTAINER = /^\s*maintainers:\s*\[\s*"([^"\n]{2,80})"/;
/** The project's <organization> (its <name>, or its text inside <developer>), else the first developer's <name>. */
const POM_ORGANIZATION = /<organization>\s*(?:<name>\s*)?([^<\s][^<]{1,79})</;
const POM_DEVELOPERS = /<developers>[\s\S]*?<name>\s*([^<\s][^<]{1,79})</;

function fromReadmeAndPubliccode(repo: RepoSnapshot): OwnerStatement[] {
  const found: OwnerStatement[] = [];
  for (const path of pathsIn(repo, 'rootReadme')) {
    const hit = firstLineMatching(repo.texts.get(path) ?? '', STATEMENT);
    if (hit) found.push({ path, line: hit.line, field: undefined, owner: clip(hit.text) });
  }
  for (const path of pathsIn(repo, 'publiccode')) {
    for (const { line, match } of linesMatching(repo.texts.get(path) ?? '', PUBLICCODE).filter((h) =>
      /\p{L}/u.test(h.match[2] ?? ''),
    )) {
      found.push({ path, line, field: `publiccode legal.${match[1]}`, owner: clip(match[2]?.trim() ?? '', 80) });
    }
  }
  return found;
}

function packageAuthor(text: string | undefined): string | undefined {
  try {
    const author: unknown = text === undefined ? undefined : (JSON.parse(text) as { author?: unknown } | null)?.author;
    const name = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
    return typeof name === 'string' ? name.replace(/<[^<>]*>|\([^()]*\)/g, '').trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

function composerAuthor(text: string | undefined): string | undefined {
  try {
    const authors: unknown =
      text === undefined ? undefined : (JSON.parse(text) as { authors?: unknown } | null)?.authors;
    const first: unknown = Array.isArray(authors) ? authors[0] : undefined;
    const name = (first as { name?: unknown } | null | undefined)?.name;
    return typeof name === 'string' ? name.trim() || undefined : undefined;
  } catch {
    return undefined;
  }
}

function pomOwner(text: string): { field: string; owner: string; offset: number } | undefined {
  for (const [field, pattern] of [
    ['pom.xml organization', POM_ORGANIZATION],
    ['pom.xml developers', POM_DEVELOPERS],
  ] as const) {
    const m = pattern.exec(text);
    const owner = m?.[1]?.trim();
    if (m?.[1] && owner) return { field, owner, offset: m.index + m[0].lastIndexOf(m[1]) };
  }
  return undefined;
}

function fromOtherManifests(repo: RepoSnapshot): OwnerStatement[] {
  const found: OwnerStatement[] = [];
  const pom = repo.texts.get('pom.xml');
  const pomHit = pom === undefined ? undefined : pomOwner(pom);
  if (pom !== undefined && pomHit)
    found.push({
      path: 'pom.xml',
      line: lineAtOffset(pom, pomHit.offset),
      field: pomHit.field,
      owner: clip(pomHit.owner, 80),
    });
  const composer = repo.texts.get('composer.json');
  const composerName = composerAuthor(composer);
  if (composerName) {
    const line = firstLineMatching(composer ?? '', JSON_AUTHORS)?.line;
    found.push({ path: 'composer.json', line, field: 'composer.json authors', owner: clip(composerName, 80) });
  }
  const mix = firstLineMatching(repo.texts.get('mix.exs') ?? '', MIX_MAINTAINER);
  if (mix) found.push({ path: 'mix.exs', line: mix.line, field: 'mix.exs maintainers', owner: mix.match[1] ?? '' });
  return found;
}

function fromManifests(repo: RepoSnapshot): OwnerStatement[] {
  const found: OwnerStatement[] = [];
  const pkgText = repo.texts.get('package.json');
  const author = packageAuthor(pkgText);
  if (author) {
    const line = firstLineMatching(pkgText ?? '', JSON_AUTHOR)?.line;
    found.push({ path: 'package.json', line, field: 'package.json author', owner: clip(author, 80) });
  }
  for (const path of ['pyproject.toml', 'setup.py']) {
    const hit = firstLineMatching(repo.texts.get(path) ?? '', MANIFEST_AUTHOR);
    if (hit) found.push({ path, line: hit.line, field: `${path} author`, owner: hit.match[1] ?? '' });
  }
  return found;
}

/** Every statement of ownership, README sentences first; a framework skeleton's own author is none. */
export function ownerStatements(repo: RepoSnapshot): OwnerStatement[] {
  const manifests = [...fromManifests(repo), ...fromOtherManifests(repo)].filter((s) => !isScaffoldHolder(s.owner));
  return [...fromReadmeAndPubliccode(repo), ...manifests];
}
