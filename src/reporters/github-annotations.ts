/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`) for every non-passing
 * finding, so they show as annotations on the files in the run and the pull request.
 * Escaping follows the Actions runner (ActionCommand.cs): in the message % \r \n are percent-encoded;
 * in property values also ":" and ",". Everything else is left as is: the runner decodes only these.
 */
import type { Report } from '../model/report.js';
import { adviceFor, problemsOf, repoRelativePath, type Problem, type ProblemLevel } from './problems.js';

const COMMAND: Record<ProblemLevel, string> = { error: 'error', warning: 'warning', note: 'notice' };

export interface AnnotationOptions {
  /**
   * Folder of the checked repository relative to the workflow's working directory (e.g. "services/api"
   * when checking a subfolder), so annotation paths point at the right files. Default: none.
   */
  readonly pathPrefix?: string;
}

/** One workflow command per line, errors first; an empty string when there is nothing to say. */
export function githubAnnotations(report: Report, options: AnnotationOptions = {}): string {
  const order: readonly ProblemLevel[] = ['error', 'warning', 'note'];
  const lines = order.flatMap((level) =>
    problemsOf(report)
      .filter((p) => p.level === level)
      .map((p) => annotation(p, options)),
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

function annotation({ indicator, evidence, level }: Problem, options: AnnotationOptions): string {
  const path = repoRelativePath(evidence.path);
  const prefix = options.pathPrefix ? repoRelativePath(options.pathPrefix.replace(/\/+$/, '')) : null;
  const properties: [string, string][] = [];
  if (path !== null) {
    properties.push(['file', prefix ? `${prefix}/${path}` : path]);
    if (evidence.line !== null && evidence.line >= 1) properties.push(['line', String(evidence.line)]);
  }
  properties.push(['title', `DPG ${indicator.id} ${indicator.title}: ${indicator.status}`]);
  const todo = adviceFor(evidence, indicator);
  const advice = todo.length > 0 ? `\nTo do: ${todo.join('\n')}` : '';
  const url = evidence.url ? ` (${evidence.url})` : '';
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${COMMAND[level]} ${props}::${escapeData(`${evidence.detail}${url}${advice}`)}`;
}

/** Message text: the runner turns %25, %0D and %0A back into % CR LF. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values end at "," and the properties end at "::", so ":" and "," are encoded too. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
