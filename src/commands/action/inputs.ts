/**
 * The Action's inputs, as action.yml passes them: INPUT_<NAME> environment variables (upper case,
 * "-" kept or written "_": the runner keeps hyphens for JavaScript actions, our composite step uses "_").
 */
import { UsageError } from '../../errors.js';
import type { FailOn } from '../../model/report.js';

export interface ActionInputs {
  readonly path: string;
  readonly config: string | undefined;
  readonly formats: string;
  readonly failOn: FailOn | undefined;
  readonly minScore: string | undefined;
  readonly outDir: string;
}

const FAIL_ON: readonly FailOn[] = ['warn', 'manual', 'fail'];
/** Every format: the terminal text for the log, JSON for tools, SARIF for code scanning, Markdown for the job summary. */
export const DEFAULT_FORMATS = 'terminal,json,sarif,markdown';
export const DEFAULT_OUT_DIR = 'dpg-check-reports';

export function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs {
  const input = (name: string): string | undefined => {
    const key = `INPUT_${name.toUpperCase()}`;
    const value = env[key] ?? env[key.replace(/-/g, '_')];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const failOn = input('fail-on');
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(
      `input fail-on: ${failOn} is not one of ${FAIL_ON.join(', ')}`,
      'fix the "fail-on" input of the dpg-check step',
    );
  }
  return {
    path: input('path') ?? '.',
    config: input('config'),
    formats: input('formats') ?? DEFAULT_FORMATS,
    failOn: failOn as FailOn | undefined,
    minScore: input('min-score'),
    outDir: input('out-dir') ?? DEFAULT_OUT_DIR,
  };
}
