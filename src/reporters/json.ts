import type { Reporter } from './types.js';

/** The stable contract: schemas/report.schema.json. */
export const json: Reporter = (report) => `${JSON.stringify(report, null, 2)}\n`;
