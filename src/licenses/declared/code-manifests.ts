/** Manifests written as code: *.gemspec (license / licenses) and mix.exs (Hex `licenses: [...]`). Literal strings only. */
import { lineAtOffset } from '../../lib/line-numbers.js';
import type { DeclaredLicense } from './model.js';
import { anyOf } from './record.js';

const GEMSPEC = /\.licen[cs]es?\s*=\s*(\[[^\]\n]{0,300}\]|%w[[(][^\])\n]{0,300}[\])]|"[^"\n]{1,200}"|'[^'\n]{1,200}')/g;
const MIX = /\blicenses:\s*(\[[^\]]{0,500}\]|~w[[(][^\])]{0,500}[\])])/g;
const QUOTED = /"([^"\n]{1,200})"|'([^'\n]{1,200})'/g;

/** The strings of a Ruby/Elixir literal: "MIT", ['MIT', 'GPL-2.0'], %w[MIT Apache-2.0], ~w(MIT). */
function literalStrings(literal: string): string[] {
  if (/^[%~]w/.test(literal)) return literal.slice(3, -1).trim().split(/\s+/).filter(Boolean);
  return [...literal.matchAll(QUOTED)].map((m) => m[1] ?? m[2] ?? '');
}

function read(text: string, path: string, pattern: RegExp, source: string): DeclaredLicense[] {
  return [...text.matchAll(pattern)].flatMap((m) =>
    anyOf(literalStrings(m[1] ?? ''), { path, line: lineAtOffset(text, m.index), method: 'manifest', source }),
  );
}

export const readGemspec = (text: string, path: string) => read(text, path, GEMSPEC, 'gemspec license');
export const readMixExs = (text: string, path: string) => read(text, path, MIX, 'mix.exs licenses');
