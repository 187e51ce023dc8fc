/** What a report says about the declared answers themselves: where they came from and what was made of them. Pure. */
import type { AnswersWarning, DeclaredAnswers } from '../model/declaration.js';
import type { DeclarationNotes } from '../model/report.js';

/** Undefined when there is nothing to say: a hand-written answers file in the repository, read as written. */
export function declarationNotes(
  declared: DeclaredAnswers | undefined,
  source: DeclarationNotes['source'],
  more: readonly AnswersWarning[] = [],
): DeclarationNotes | undefined {
  if (!declared) return undefined;
  const kind = declared.kind ?? 'answers';
  const normalised = declared.normalised ?? [];
  const warnings = [...(declared.warnings ?? []), ...more];
  if (source === 'repository' && kind === 'answers' && normalised.length === 0 && warnings.length === 0)
    return undefined;
  const screening = declared.screening === undefined ? {} : { screening: declared.screening };
  return { source, path: declared.path, ...screening, kind, normalised, warnings };
}
