/**
 * One answers file read on its own, from a repository or from a path given with --answers: a hand-written
 * dpg.yml / dpg.json held to schemas/declaration.schema.json (every problem is an error, as
 * `file:line:col message`), or a DPGA application record read as the DPGA holds it (record.ts). Pure.
 */
import type { ValidateFunction } from 'ajv';
import { schemaValidator } from '../lib/schema-validator.js';
import type { Declaration, DeclaredAnswers } from '../model/declaration.js';
import { ANSWERS_MAX_BYTES, answersError, oversized, parseAnswersText, type ParsedAnswers } from './parse.js';
import { answerLocations } from './positions.js';
import { isDpgaRecord, readRecord } from './record.js';
import { problemOf } from './schema-errors.js';

const SCHEMA_HINT = (path: string) => `the answers in ${path} must follow schemas/declaration.schema.json`;

function validatorOf(): ValidateFunction<Declaration> {
  return schemaValidator<Declaration>('declaration');
}

/** `record`: read as a DPGA application record whatever its fields (the screening half of one has none of a nominee's). */
export function readAnswers(path: string, text: string, record = isDpgaRecord(text)): DeclaredAnswers {
  const parsed = parseAnswersText(path, text, SCHEMA_HINT(path), { uniqueKeys: !record });
  return record ? readRecord(parsed) : readStrict(parsed);
}

/** The answers, validated, with the line of every answer. */
function readStrict(parsed: ParsedAnswers): DeclaredAnswers {
  const validate = validatorOf();
  if (!validate(parsed.value)) {
    throw answersError(
      parsed.path,
      (validate.errors ?? []).map((e) => problemOf(parsed.doc, e)),
      parsed.at,
      SCHEMA_HINT(parsed.path),
    );
  }
  return { path: parsed.path, answers: parsed.value, locations: answerLocations(parsed) };
}

/**
 * A file given with --answers (its text read by the caller, already capped): its answers alone, every
 * location and note in that file. The repository's own answers are not read beside it.
 */
export function loadAnswersFile(path: string, text: string, asRecord?: boolean): DeclaredAnswers {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > ANSWERS_MAX_BYTES) throw oversized(path, bytes);
  const declared = readAnswers(path, text, asRecord ?? isDpgaRecord(text));
  return { ...declared, origins: originsOf(declared.answers, path) };
}

export function originsOf(answers: Declaration, path: string): Record<string, string> {
  return Object.fromEntries(
    Object.keys(answers)
      .filter((k) => k !== '$schema')
      .map((k) => [k, path]),
  );
}
