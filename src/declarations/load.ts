/**
 * Finds the declared answers in a snapshot: dpg.yml (or .dpg.yml, dpg.json), validated against
 * schemas/declaration.schema.json, with publiccode.yml filling the answers dpg.yml does not give.
 * Every problem is reported at once, as `file:line:col message`.
 */
import type { AnswerLocation, Declaration, DeclaredAnswers } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import { originsOf, readAnswers } from './answers-file.js';
import { refuseOversized } from './parse.js';
import { loadPubliccode, PUBLICCODE_FILES, type PubliccodeAnswers } from './publiccode.js';

/** Looked for in this order; the first that exists is used. */
export const DPG_FILES = ['dpg.yml', 'dpg.yaml', '.dpg.yml', '.dpg.yaml', 'dpg.json'] as const;
/** Every file the sources must read for the declared answers. */
export const DECLARATION_FILES = [...DPG_FILES, ...PUBLICCODE_FILES] as const;

export function loadDeclaration(repo: RepoSnapshot): DeclaredAnswers | undefined {
  const own = loadDpgFile(repo);
  const publiccode = loadPubliccode(repo);
  if (!publiccode) return own && { ...own, origins: originsOf(own.answers, own.path) };
  if (!own)
    return {
      path: publiccode.path,
      answers: publiccode.answers,
      locations: publiccode.locations,
      origins: originsOf(publiccode.answers, publiccode.path),
    };
  return merge(own, publiccode);
}

/** The dpg.yml answers alone, validated, with the line of every answer (a DPGA record in dpg.json: read as one). */
export function loadDpgFile(repo: RepoSnapshot): DeclaredAnswers | undefined {
  const path = DPG_FILES.find((name) => repo.texts.has(name));
  if (path === undefined) return undefined;
  refuseOversized(repo, path);
  return readAnswers(path, repo.texts.get(path) ?? '');
}

/** dpg.yml wins answer by answer (top-level fields); publiccode.yml fills the rest and is named as their source. */
function merge(own: DeclaredAnswers, publiccode: PubliccodeAnswers): DeclaredAnswers {
  const answers: Record<string, unknown> = { ...own.answers };
  const locations = new Map<string, AnswerLocation>(own.locations);
  const origins = originsOf(own.answers, own.path);
  for (const [field, value] of Object.entries(publiccode.answers)) {
    if (field in answers) continue;
    answers[field] = value;
    origins[field] = publiccode.path;
    for (const [at, location] of publiccode.locations)
      if (at === field || at.startsWith(`${field}[`) || at.startsWith(`${field}.`)) locations.set(at, location);
  }
  return { ...own, answers: answers as Declaration, locations, origins };
}
