/** Test support: license texts from spdx-license-list (CC0-1.0), and ways to reshape them like real files do. */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const list = require('spdx-license-list/full') as Record<string, { licenseText: string } | undefined>;

export function spdxText(id: string): string {
  const entry = list[id];
  if (!entry) throw new Error(`spdx-license-list has no ${id}`);
  return entry.licenseText;
}

/** Re-wraps every paragraph at `width` columns, as editors and other copies of a license do (copyright lines stay lines). */
export function rewrap(text: string, width = 72): string {
  return text
    .replace(/\n(?=\s*Copyright)/g, '\n\n')
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        if (line && line.length + word.length + 1 > width) {
          lines.push(line);
          line = word;
        } else {
          line = line ? `${line} ${word}` : word;
        }
      }
      if (line) lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}
