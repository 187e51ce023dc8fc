/**
 * Finds the declared answers in a snapshot: dpg.yml (or .dpg.yml, dpg.json), validated against
 * schemas/declaration.schema.json, with publiccode.yml filling the answers dpg.yml does not give.
 * Every problem is reported at once, as `file:line:col message`.
 */
import type { ValidateFunction } from 'ajv';
import { schemaValidator } from '../lib/schema-validator.js';
import type { AnswerLocation, Declaration, DeclaredAnswers } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';
import { answersError, parseAnswersFile } from './parse.js';
import { answerLocations } from './positions.js';
import { loadPubliccode, PUBLICCODE_FILES, type PubliccodeAnswers } from './publiccode.js';
import { problemOf } from './schema-errors.js';

/** Looked for in this order; the first that exists is used. */
export const DPG_FILES = ['dpg.yml', 'dpg.yaml', '.dpg.yml', '.dpg.yaml', 'dpg.json'] as const;
/** Every file the sources must read for the declared answers. */
export const DECLARATION_FILES = [...DPG_FILES, ...PUBLICCODE_FILES] as const;

const SCHEMA_HINT = (path: string) => `the answers in ${path} must follow schemas/declaration.schema.json`;

function validatorOf(): ValidateFunction<Declaration> {
  return schemaValidator<Declaration>('declaration');
}

export function loadDeclaration(repo: RepoSnapshot): DeclaredAnswers | undefined {
  const own = loadDpgFile(repo);
  const publiccode = loadPubliccode(repo);
  if (!publiccode) return own && { ...own, origins: originsOf(own.answers, own.path) };
  if (!own) return { path: publiccode.path, answers: publiccode.answers, locations: publiccode.locations, origins: originsOf(publiccode.answers, publiccode.path) };
  return merge(own, publiccode);
}

/** The dpg.yml answers alone, validated, with the line of every answer. */
export function loadDpgFile(repo: RepoSnapshot): DeclaredAnswers | undefined {
  const path = DPG_FILES.find((name) => repo.texts.has(name));
  if (path === undefined) return undefined;
  const parsed = parseAnswersFile(repo, path, SCHEMA_HINT(path));
  const validate = validatorOf();
  if (!validate(parsed.value)) {
    throw answersError(path, (validate.errors ?? []).map((e) => problemOf(parsed.doc, e)), parsed.at, SCHEMA_HINT(path));
  }
  return { path, answers: parsed.value, locations: answerLocations(parsed) };
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
    for (const [at, location] of publiccode.locations) if (at === field || at.startsWith(`${field}[`) || at.startsWith(`${field}.`)) locations.set(at, location);
  }
  return { path: own.path, answers: answers as Declaration, locations, origins };
}

function originsOf(answers: Declaration, path: string): Record<string, string> {
  return Object.fromEntries(Object.keys(answers).filter((k) => k !== '$schema').map((k) => [k, path]));
}
