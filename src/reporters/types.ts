import type { Report } from '../model/report.js';

export interface ReporterOptions {
  /** Colour is decided by cli.ts (TTY, NO_COLOR, FORCE_COLOR, --color), never by a reporter. */
  readonly color: boolean;
}

export type Reporter = (report: Report, options: ReporterOptions) => string;
