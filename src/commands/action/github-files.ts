/** The files GitHub Actions hands a step: $GITHUB_OUTPUT for step outputs, $GITHUB_STEP_SUMMARY for the job summary. */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { appendToFile } from '../../output/append.js';

/** Multi-line-safe form (`name<<delimiter`), as @actions/core writes it, so no value can inject another output. */
export function writeStepOutputs(file: string, outputs: Readonly<Record<string, string>>): void {
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `ghadelimiter_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
  append(file, text, 'GITHUB_OUTPUT');
}

/** Appends a report file (the Markdown one) to the job summary. */
export function appendToSummary(summaryFile: string, reportFile: string): void {
  const text = readFileSync(reportFile, 'utf8');
  append(summaryFile, text.endsWith('\n') ? text : `${text}\n`, 'GITHUB_STEP_SUMMARY');
}

function append(file: string, text: string, variable: string): void {
  appendToFile(file, text, {
    what: `${variable} file ${file}`,
    hint: 'run the action in a GitHub Actions job, or unset the variable',
  });
}
