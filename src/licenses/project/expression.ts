/**
 * How the project's license expression is decided from the evidence: license texts first, a manifest
 * expression when it states the choice between them, declarations when there is no text, the host last.
 */
import type { DeclaredLicense } from '../declared/index.js';
import { familiesIn, familyOf } from '../ids.js';
import type { LicenseTextMatch } from '../text/index.js';

export interface TextEvidence {
  readonly path: string;
  readonly match: LicenseTextMatch;
  /** The id after the GNU version choice was settled (GPL-3.0-only / -or-later). */
  readonly spdx: string;
}

export interface Decision {
  readonly expression: string | null;
  /** One sentence per step, shown as evidence. */
  readonly reasoning: readonly string[];
}

const DECLARED_ORDER: readonly DeclaredLicense['method'][] = ['manifest', 'readme', 'reuse', 'header'];
const paren = (id: string) => (/\s/.test(id) ? `(${id})` : id);

export function decideExpression(
  texts: readonly TextEvidence[],
  declared: readonly DeclaredLicense[],
  host: string | undefined,
): Decision {
  const ids = [...new Set(texts.map((t) => t.spdx))];
  if (ids.length > 0) return fromTexts(ids, texts, declared);
  const usable = declared.filter((d) => d.expression !== null && d.problem === undefined);
  for (const method of DECLARED_ORDER) {
    const first = usable.find((d) => d.method === method);
    if (first?.expression)
      return {
        expression: first.expression,
        reasoning: [`no license text identified; ${first.source} (${first.path}) declares ${first.expression}`],
      };
  }
  if (host) return { expression: host, reasoning: [`only the host's license claim names a license: ${host}`] };
  return { expression: null, reasoning: [] };
}

function fromTexts(
  ids: readonly string[],
  texts: readonly TextEvidence[],
  declared: readonly DeclaredLicense[],
): Decision {
  const textFamilies = new Set(ids.map(familyOf));
  // A manifest saying "MIT OR Apache-2.0" over LICENSE-MIT and LICENSE-APACHE states the choice the files cannot.
  const stating = declared.find(
    (d) =>
      d.method === 'manifest' &&
      d.expression &&
      /\s(?:OR|AND)\s/i.test(d.expression) &&
      sameSet(familiesIn(d.expression), textFamilies),
  );
  if (stating?.expression) {
    return {
      expression: stating.expression,
      reasoning: [`${stating.source} (${stating.path}) states how the license texts combine: ${stating.expression}`],
    };
  }
  if (ids.length === 1) return { expression: ids[0] ?? null, reasoning: [] };
  const files = [...new Set(texts.map((t) => t.path))];
  const dual =
    files.length > 1 &&
    files.every((f) => /(^|\/)licen[cs]e-[^/]+$/i.test(f)) &&
    texts.every((t) => t.match.kind === 'full-text');
  const joiner = dual ? ' OR ' : ' AND ';
  return {
    expression: ids.map(paren).join(joiner),
    reasoning: [
      dual
        ? `${files.join(' and ')} offer a choice of licenses (the LICENSE-<id> convention): joined with OR`
        : 'several licenses apply to different parts: joined with AND (say in a manifest if they are a choice)',
    ],
  };
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}
