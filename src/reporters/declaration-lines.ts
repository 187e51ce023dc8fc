/** What the report says about the declared answers (report.declaration) as plain lines, for the terminal and Markdown. */
import type { DeclarationNotes } from '../model/report.js';
import type { PolicyLine } from './policy-lines.js';

const MAX_SHAPES = 3;
const MAX_WARNINGS = 10;

export function declarationLines(notes: DeclarationNotes | undefined): PolicyLine[] {
  if (!notes) return [];
  const what = notes.kind === 'dpga-record' ? 'DPGA application record' : 'answers file';
  const from =
    notes.source === 'file'
      ? "given with --answers; the repository's own answers were not read"
      : 'found in the repository';
  const files =
    notes.screening === undefined ? notes.path : `${notes.path} with its screening answers ${notes.screening}`;
  const lines: PolicyLine[] = [{ text: `Answers:  ${what} ${files} (${from})`, tone: 'plain' }];
  const { normalised, warnings } = notes;
  if (normalised.length > 0) {
    const shown = normalised.slice(0, MAX_SHAPES).map((n) => `${n.field} ${n.found} → ${n.became}`);
    const more = normalised.length > MAX_SHAPES ? [`and ${normalised.length - MAX_SHAPES} more`] : [];
    const count = `${normalised.length} legacy shape${normalised.length === 1 ? '' : 's'} normalised`;
    lines.push({ text: `Legacy:   ${count}: ${[...shown, ...more].join('; ')}`, tone: 'plain' });
  }
  for (const warning of warnings.slice(0, MAX_WARNINGS)) {
    const where = warning.line !== null ? `${warning.path ?? notes.path}:${warning.line} ` : '';
    lines.push({ text: `Warning:  ${where}${warning.message}`, tone: 'warn' });
  }
  if (warnings.length > MAX_WARNINGS)
    lines.push({ text: `Warning:  … and ${warnings.length - MAX_WARNINGS} more (see --format json)`, tone: 'warn' });
  return lines;
}
