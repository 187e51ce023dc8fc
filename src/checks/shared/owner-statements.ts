/** Helper for the clear-ownership checks (not a check): where the README, publiccode.yml or a package
 *  manifest says who owns or maintains the product. Pure functions. */
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
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
];

const STATEMENT = new RegExp(ownership.ownershipPattern, 'i');
const PUBLICCODE = /^\s*(mainCopyrightOwner|repoOwner)\s*:\s*["']?([^"'\n#]{2,200})/;
const MANIFEST_AUTHOR = /^\s*(?:authors?|maintainers?)\s*=\s*(?:\[\s*)?(?:\{\s*name\s*=\s*)?["']([^"'\n]{2,80})["']/;
const JSON_AUTHOR = /^\s*"author"\s*:/;

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

/** Every statement of ownership, README sentences first. */
export function ownerStatements(repo: RepoSnapshot): OwnerStatement[] {
  return [...fromReadmeAndPubliccode(repo), ...fromManifests(repo)];
}
