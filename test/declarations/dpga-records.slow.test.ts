/**
 * Every record of a publicgoods-candidates checkout loads, 0 refused: each nominee (nominees/,
 * excluded-nominees/, archive/) merged with its screening answers (digitalpublicgoods/, same file name),
 * as the DPGA holds an application. Set PGC_DIR to a checkout of DPGAlliance/publicgoods-candidates
 * (755 records at a1d99f08); without one this file is skipped, and fixtures/dpga-records/ carries the
 * same guarantee on a dozen of them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswersFile } from '../../src/declarations/answers-file.js';
import { KnownError } from '../../src/errors.js';

const PGC_DIR = process.env['PGC_DIR'];
const present = PGC_DIR !== undefined && existsSync(join(PGC_DIR, 'nominees'));
const FOLDERS = ['nominees', 'excluded-nominees', 'archive'];

/** The nominee's fields first and its name kept; the screening answers after them. */
function application(root: string, folder: string, file: string): string {
  const nominee = JSON.parse(readFileSync(join(root, folder, file), 'utf8')) as Record<string, unknown>;
  const screeningPath = join(root, 'digitalpublicgoods', file);
  if (!existsSync(screeningPath)) return `${JSON.stringify(nominee, null, 2)}\n`;
  const screening = JSON.parse(readFileSync(screeningPath, 'utf8')) as Record<string, unknown>;
  const answers = Object.fromEntries(Object.entries(screening).filter(([key]) => !(key in nominee)));
  return `${JSON.stringify({ ...nominee, ...answers }, null, 2)}\n`;
}

describe.skipIf(!present)(
  `every DPGA record in ${present ? PGC_DIR : 'PGC_DIR (not set to a publicgoods-candidates checkout: skipped)'}`,
  () => {
    it('loads as a DPGA record, with 0 refused', () => {
      const root = PGC_DIR ?? '';
      const counts = { loaded: 0, warned: 0, normalised: 0, refused: [] as string[] };
      for (const folder of FOLDERS) {
        for (const file of readdirSync(join(root, folder))
          .filter((f) => f.endsWith('.json'))
          .sort()) {
          const path = `${folder}/${file}`;
          try {
            const declared = loadAnswersFile(path, application(root, folder, file));
            expect(declared.kind, path).toBe('dpga-record');
            expect(
              declared.normalised?.every((n) => n.line !== null),
              path,
            ).toBe(true);
            counts.loaded += 1;
            if ((declared.warnings ?? []).length > 0) counts.warned += 1;
            if ((declared.normalised ?? []).length > 0) counts.normalised += 1;
          } catch (err) {
            if (!(err instanceof KnownError)) throw err;
            counts.refused.push(`${path}: ${err.message}`);
          }
        }
      }
      console.info(
        `DPGA records: ${counts.loaded} loaded, ${counts.normalised} with legacy shapes normalised, ${counts.warned} with warnings, ${counts.refused.length} refused`,
      );
      expect(counts.refused).toEqual([]);
      expect(counts.loaded).toBeGreaterThan(0);
    });
  },
);
