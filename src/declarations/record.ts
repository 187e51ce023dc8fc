/**
 * DPGA application records: the nominee (and screening) answers as the DPGA holds them, read without
 * refusing anything the DPGA itself held. The rule that tells one from a hand-written dpg.yml or dpg.json:
 *
 *   the text is a JSON object (the form the DPGA keeps records in) with at least one field that only a
 *   nominee record carries: `stage`, `sectors`, `aliases` or `repositories`, or a legacy field such as
 *   `repositoryURL` (src/data/dpga-records.json lists them).
 *
 * A YAML file is never a record, so a typo in a hand-written dpg.yml stays an error.
 */
import fields from '../data/dpga-records.json' with { type: 'json' };
import type { AnswerLocation, AnswersWarning, DeclaredAnswers } from '../model/declaration.js';
import { locationAt } from './claims.js';
import { normaliseLegacy } from './legacy.js';
import { isMapping, type ParsedAnswers } from './parse.js';
import { answerLocations } from './positions.js';
import { pruneToSchema } from './prune.js';

const RECORD_FIELDS: readonly string[] = [...fields.recordFields, ...fields.legacyRecordFields];

export function isDpgaRecord(text: string): boolean {
  if (!text.trimStart().startsWith('{')) return false;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false; // YAML flow style, or broken JSON: the strict reader says where
  }
  return isMapping(value) && RECORD_FIELDS.some((field) => field in value);
}

/** Legacy shapes normalised, refused values left out with a warning, each note at its line in the file. */
export function readRecord(parsed: ParsedAnswers): DeclaredAnswers {
  const written = answerLocations(parsed);
  const { value, changes, warnings } = normaliseLegacy(parsed.value as Record<string, unknown>);
  const lineOf = (field: string) => locationAt(written, field)?.line ?? null;
  const locations = new Map<string, AnswerLocation>(written);
  for (const change of changes) {
    const at = locationAt(written, change.from);
    // A list the normalisation made (repositories from repositoryURL) is written where its first item was.
    const list = /^(\w+)\[\d+\]$/.exec(change.to)?.[1];
    for (const field of [change.to, list])
      if (at && field !== undefined && !locations.has(field)) locations.set(field, at);
  }
  const pruned = pruneToSchema(value, locations, parsed.path);
  return {
    path: parsed.path,
    answers: pruned.answers,
    locations,
    kind: 'dpga-record',
    normalised: changes.map(({ from, found, became }) => ({ field: from, found, became, line: lineOf(from) })),
    warnings: [
      ...warnings.map((w) => ({ ...w, line: w.field === null ? null : lineOf(w.field) })),
      ...pruned.warnings,
    ].sort(byLine),
  };
}

/** In file order; a warning without a line last. */
function byLine(a: AnswersWarning, b: AnswersWarning): number {
  return (a.line ?? Infinity) - (b.line ?? Infinity);
}
