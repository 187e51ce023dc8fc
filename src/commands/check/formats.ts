/**
 * Where reports go: one format to stdout or --output (as before), or several formats as files in
 * --out-dir (report.txt, report.json, report.sarif, report.md). Files are never coloured.
 */
import { join } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Report } from '../../model/report.js';
import { writeFilesInto } from '../../output/write-file.js';
import { FORMATS, reporters, type Format } from '../../reporters/index.js';

/** Document names, so a CI step can find each file without being told. */
export const REPORT_FILES: Readonly<Record<Format, string>> = {
  terminal: 'report.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  markdown: 'report.md',
};

/** "terminal,json" -> ['terminal', 'json']; an unknown name is a one-line usage error listing the allowed ones. */
export function parseFormats(value: string): Format[] {
  const names = value.split(',').map((name) => name.trim().toLowerCase());
  const formats: Format[] = [];
  for (const name of names) {
    if (!isFormat(name)) {
      throw new UsageError(
        `option '-f, --format <format>' argument '${name}' is invalid. Allowed choices are ${FORMATS.join(', ')}`,
        `several at once: --format ${FORMATS.slice(0, 2).join(',')} --out-dir reports`,
      );
    }
    if (!formats.includes(name)) formats.push(name);
  }
  return formats;
}

function isFormat(name: string): name is Format {
  return (FORMATS as readonly string[]).includes(name);
}

/** Refuses combinations that would lose a report, before any work is done. */
export function checkOutputFlags(
  formats: readonly Format[],
  output: string | undefined,
  outDir: string | undefined,
): void {
  if (output !== undefined && outDir !== undefined)
    throw new UsageError(
      '--output and --out-dir cannot be used together',
      'use --out-dir for files named report.<ext>, or --output for one file',
    );
  if (formats.length > 1 && outDir === undefined) {
    throw new UsageError(
      `${formats.length} formats need --out-dir`,
      `e.g. --format ${formats.join(',')} --out-dir reports`,
    );
  }
}

/** Writes each format to its file in `dir` (created if needed); returns the paths written, by format. */
export async function writeReportFiles(
  dir: string,
  formats: readonly Format[],
  report: Report,
): Promise<Map<Format, string>> {
  await writeFilesInto(
    dir,
    formats.map((format) => ({ name: REPORT_FILES[format], text: reporters[format](report, { color: false }) })),
  );
  return new Map(formats.map((format) => [format, join(dir, REPORT_FILES[format])]));
}
