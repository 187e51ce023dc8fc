/**
 * publiccode.yml (https://yml.publiccode.tools) as a second source of answers: the public-sector metadata
 * standard already says the name, description, license, owners, maintainers and users. Only well-typed
 * values are taken; publiccode.yml has its own validator, and a field of the wrong type is simply not used.
 */
import type { AnswerLocation, Declaration, DeclaredOrganization } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import { isMapping, parseAnswersFile } from './parse.js';
import { answerLocations } from './positions.js';

export const PUBLICCODE_FILES = ['publiccode.yml', 'publiccode.yaml'] as const;

export interface PubliccodeAnswers {
  readonly path: string;
  readonly answers: Declaration;
  /** Declaration field -> where publiccode.yml says it. */
  readonly locations: Map<string, AnswerLocation>;
}

type Tree = Readonly<Record<string, unknown>>;
type Found = { value: Declaration[keyof Declaration]; from: string };

export function loadPubliccode(repo: RepoSnapshot): PubliccodeAnswers | undefined {
  const path = PUBLICCODE_FILES.find((name) => repo.texts.has(name));
  if (path === undefined) return undefined;
  const parsed = parseAnswersFile(repo, path, `fix ${path}; see https://yml.publiccode.tools`);
  const tree = isMapping(parsed.value) ? parsed.value : {};
  const where = answerLocations(parsed);
  const answers: Record<string, unknown> = {};
  const locations = new Map<string, AnswerLocation>();
  for (const [field, found] of Object.entries(mapAnswers(tree))) {
    if (found === undefined) continue;
    answers[field] = found.value;
    const location = where.get(found.from);
    if (location) locations.set(field, location);
  }
  return { path, answers: answers as Declaration, locations };
}

function mapAnswers(tree: Tree): Partial<Record<keyof Declaration, Found | undefined>> {
  const lang = descriptionLanguage(tree);
  const described = lang === undefined ? undefined : `description.${lang}`;
  const text = (field: string) => stringAt(tree, field);
  const short = described && text(`${described}.shortDescription`);
  const docs = described && text(`${described}.documentation`);
  const license = text('legal.license');
  const website = text('landingURL');
  const name = text('name');
  const organizations = organizationsOf(tree);
  return {
    name: name ? { value: name, from: 'name' } : undefined,
    description: short ? { value: short, from: `${described}.shortDescription` } : undefined,
    website: website ? { value: website, from: 'landingURL' } : undefined,
    license: license ? { value: [{ spdx: license }], from: 'legal.license' } : undefined,
    organizations: organizations.length > 0 ? { value: organizations, from: organizationSource(tree) } : undefined,
    documentation: docs ? { value: { documentationURL: [docs] }, from: `${described}.documentation` } : undefined,
  };
}

/** English when present, else the first language listed. */
function descriptionLanguage(tree: Tree): string | undefined {
  const description = tree['description'];
  if (!isMapping(description)) return undefined;
  const langs = Object.keys(description).filter((k) => isMapping(description[k]));
  return langs.find((l) => l.toLowerCase().startsWith('en')) ?? langs[0];
}

function organizationsOf(tree: Tree): DeclaredOrganization[] {
  const contact = firstContact(tree);
  const owners = [stringAt(tree, 'legal.mainCopyrightOwner'), stringAt(tree, 'legal.repoOwner')].filter(
    (n): n is string => n !== undefined,
  );
  const orgs: DeclaredOrganization[] = [...new Set(owners)].map((name, i) => ({
    name,
    org_type: 'owner',
    ...(i === 0 ? contact : {}),
  }));
  for (const contractor of listAt(tree, 'maintenance.contractors')) {
    const name = stringAt(contractor, 'name');
    const website = stringAt(contractor, 'website');
    if (name) orgs.push({ name, org_type: 'maintainer', ...(website ? { website } : {}) });
  }
  for (const user of listAt(tree, 'usedBy'))
    if (typeof user === 'string' && user.trim()) orgs.push({ name: user.trim(), org_type: 'implementer' });
  return orgs;
}

function organizationSource(tree: Tree): string {
  return (
    ['legal.mainCopyrightOwner', 'legal.repoOwner', 'maintenance.contractors', 'usedBy'].find(
      (f) => valueAt(tree, f) !== undefined,
    ) ?? 'legal'
  );
}

function firstContact(tree: Tree): Partial<DeclaredOrganization> {
  const contact = listAt(tree, 'maintenance.contacts')[0];
  if (!isMapping(contact)) return {};
  const name = stringAt(contact, 'name');
  const email = stringAt(contact, 'email');
  return { ...(name ? { contact_name: name } : {}), ...(email ? { contact_email: email } : {}) };
}

function valueAt(tree: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((node, key) => (isMapping(node) ? node[key] : undefined), tree);
}

function stringAt(tree: unknown, dotted: string): string | undefined {
  const value = valueAt(tree, dotted);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function listAt(tree: Tree, dotted: string): readonly unknown[] {
  const value = valueAt(tree, dotted);
  return Array.isArray(value) ? value : [];
}
