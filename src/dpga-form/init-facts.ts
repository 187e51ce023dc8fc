/** What `dpg-check init` can pre-fill from the repository itself. Pure over a snapshot. */
import { scanCopyright } from '../lib/copyright.js';
import { loadPubliccode } from '../declarations/publiccode.js';
import { computeFacts } from '../facts/index.js';
import { pathsIn, textsIn, type PatternGroup } from '../lib/paths.js';
import { clip } from '../lib/text.js';
import type { Declaration, DeclaredOrganization } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';

export interface InitFacts {
  readonly name: string;
  readonly publiccode: Declaration;
  readonly license: { readonly spdx: string; readonly licenseURL?: string } | undefined;
  readonly owners: readonly DeclaredOrganization[];
  /** The file that states ownership (NOTICE, LICENSE …), for clearOwnership.copyrightURL. */
  readonly ownershipPath: string | undefined;
  readonly documentation: readonly string[];
  readonly privacy: readonly string[];
  readonly security: readonly string[];
  readonly codeOfConduct: readonly string[];
  readonly contentPolicy: readonly string[];
}

const MAX_OWNERS = 5;
/** A README's title is on one of its first lines, if anywhere: "# Clinic Queue". */
const TITLE = /^#[ \t]+([^\n#][^\n]*)$/m;
const TITLE_SEARCH_CHARS = 2000;

export function initFacts(repo: RepoSnapshot): InitFacts {
  const publiccode = loadPubliccode(repo)?.answers ?? {};
  const licenses = computeFacts(repo, undefined).licenses;
  const licensePath = licenses.detected.find((d) => d.path !== null && d.method === 'text')?.path ?? undefined;
  const holders = scanCopyright(repo).holders;
  return {
    name: publiccode.name ?? readmeTitle(repo) ?? repo.meta.name,
    publiccode,
    license: licenses.expression
      ? { spdx: licenses.expression, ...(licensePath ? { licenseURL: licensePath } : {}) }
      : undefined,
    owners: publiccode.organizations ?? ownersFrom(holders.map((h) => h.holder)),
    ownershipPath: holders[0]?.path,
    documentation: documentationPaths(repo),
    privacy: [...firstOf(repo, 'privacy'), ...firstOf(repo, 'terms')],
    security: firstOf(repo, 'security'),
    codeOfConduct: firstOf(repo, 'codeOfConduct'),
    contentPolicy: firstOf(repo, 'contentPolicy'),
  };
}

function ownersFrom(holders: readonly string[]): DeclaredOrganization[] {
  const unique = [...new Map(holders.map((h) => [h.toLowerCase(), h])).values()].slice(0, MAX_OWNERS);
  return unique.map((name) => ({ name, org_type: 'owner' }));
}

/** The root README and a docs/ folder: what a reviewer opens first. */
function documentationPaths(repo: RepoSnapshot): string[] {
  const readme = firstOf(repo, 'rootReadme');
  const docs = repo.files.some((f) => f.path.startsWith('docs/')) ? ['docs/'] : [];
  return [...readme, ...docs];
}

function firstOf(repo: RepoSnapshot, group: PatternGroup): string[] {
  return pathsIn(repo, group).slice(0, 1);
}

/** The README's first heading, without markup: usually the product's own name, better than the folder's. */
function readmeTitle(repo: RepoSnapshot): string | undefined {
  const readme = textsIn(repo, 'rootReadme')[0];
  const match = readme ? TITLE.exec(readme.text.slice(0, TITLE_SEARCH_CHARS)) : null;
  const title = match?.[1]?.replace(/[*_`]|!?\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
  return title ? clip(title, 100) : undefined;
}
