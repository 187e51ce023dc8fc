/**
 * The DPGA holds one application as two files of DPGAlliance/publicgoods-candidates: the nominee record
 * (nominees/x.json, or excluded-nominees/ and archive/ once decided) and its screening answers
 * (digitalpublicgoods/x.json, same file name). Given the nominee file, the two are read as one, each
 * answer keeping the file and line it is written at. Pure: the caller reads the files.
 */
import { basename, dirname, join } from 'node:path';
import type { AnswerLocation, DeclaredAnswers } from '../model/declaration.js';

/** The folders of a publicgoods-candidates checkout that hold nominee records. */
export const NOMINEE_FOLDERS: readonly string[] = ['nominees', 'excluded-nominees', 'archive'];
/** Where the screening answers of every nominee are, beside those folders. */
export const SCREENING_FOLDER = 'digitalpublicgoods';

/** …/nominees/x.json -> …/digitalpublicgoods/x.json; undefined for a file outside a nominee folder. */
export function screeningPathOf(nomineePath: string): string | undefined {
  const folder = basename(dirname(nomineePath));
  if (!NOMINEE_FOLDERS.includes(folder) || !nomineePath.toLowerCase().endsWith('.json')) return undefined;
  return join(dirname(dirname(nomineePath)), SCREENING_FOLDER, basename(nomineePath));
}

/**
 * The nominee's answers, then the screening answers the nominee does not give (both files carry `name`:
 * the nominee's is kept, as the DPGA's own tools do). Locations, legacy shapes and warnings from the
 * screening file name that file.
 */
export function mergeScreening(nominee: DeclaredAnswers, screening: DeclaredAnswers): DeclaredAnswers {
  const answers: Record<string, unknown> = { ...nominee.answers };
  const origins: Record<string, string> = { ...nominee.origins };
  const locations = new Map<string, AnswerLocation>(nominee.locations);
  const taken: string[] = [];
  for (const [field, value] of Object.entries(screening.answers)) {
    if (field in answers || field === '$schema') continue;
    answers[field] = value;
    origins[field] = screening.path;
    taken.push(field);
  }
  const isTaken = (at: string | null) =>
    at !== null && taken.some((field) => at === field || at.startsWith(`${field}.`) || at.startsWith(`${field}[`));
  for (const [at, location] of screening.locations ?? []) if (isTaken(at)) locations.set(at, location);
  const inScreening = { path: screening.path };
  return {
    ...nominee,
    answers,
    locations,
    origins,
    screening: screening.path,
    normalised: [
      ...(nominee.normalised ?? []),
      ...(screening.normalised ?? []).filter((n) => isTaken(n.field)).map((n) => ({ ...n, ...inScreening })),
    ],
    warnings: [...(nominee.warnings ?? []), ...(screening.warnings ?? []).map((w) => ({ ...w, ...inScreening }))],
  };
}
