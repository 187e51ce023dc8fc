/**
 * SPDX license ids and expressions, in one place: how a written id is spelt in SPDX, which ids are one
 * family, which ids the DPGA list files under another name, and how an expression is taken apart
 * (lenient-expression.ts reads the non-SPDX values lock files state into the same tree).
 */
import parse from 'spdx-expression-parse';
import current from 'spdx-license-ids/index.json' with { type: 'json' };
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import policy from '../data/dpg-licenses.json' with { type: 'json' };

const BY_LOWER = new Map<string, string>([...current, ...deprecated].map((id) => [id.toLowerCase(), id]));

const FILE_SUFFIX = /\.(?:php|html?|txt|md)$/i;
const LICENSE_SUFFIX = /-licen[cs]e$/i;
const BARE_MAJOR = /(^|-)(\d+)(?=-|$)/;

/** The SPDX id a written name stands for ("apache-2.0", "GPL-3", "mit-license.php"), or undefined. */
export function canonicalId(written: string): string | undefined {
  const dashed = written
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(FILE_SUFFIX, '')
    .replace(/\/+$/, '');
  const stripped = dashed.replace(LICENSE_SUFFIX, '');
  for (const candidate of [dashed, stripped, stripped.replace(BARE_MAJOR, '$1$2.0')]) {
    const id = BY_LOWER.get(candidate.toLowerCase());
    if (id) return id;
  }
  return undefined;
}

/** The license without its version, for telling a vague mention ("the GPL") from a precise one: GPL-3.0-only -> GPL. */
export function unversioned(id: string): string {
  return id.replace(/[-.]?\d.*$/, '') || id;
}

/** Deprecated GNU `+` ids become their -or-later forms: GPL-2.0+ -> GPL-2.0-or-later. */
export function upgradePlus(expression: string): string {
  return expression.replace(/\b((?:A|L)?GPL-\d\.\d|GFDL-\d\.\d)\+(?=$|[\s)])/g, '$1-or-later');
}

/** GPL-3.0, GPL-3.0-only, GPL-3.0-or-later and GPL-3.0+ are one family; families compare without regard to case. */
export function familyOf(id: string): string {
  return id
    .trim()
    .replace(/-(?:only|or-later)$|\+$/i, '')
    .toLowerCase();
}

const ALIASES = new Map<string, string>(Object.entries(policy.aliases).map(([from, to]) => [from.toLowerCase(), to]));

/** The id the DPGA list files a license under (it keeps deprecated GNU ids: GPL-3.0-only -> GPL-3.0), or the id itself. */
export function listedId(id: string): string {
  return ALIASES.get(id.toLowerCase()) ?? id;
}

export type ExpressionNode = parse.Info;

/** The tree of a valid SPDX expression; undefined for anything spdx-expression-parse refuses (it throws). */
export function parseExpression(expression: string): ExpressionNode | undefined {
  try {
    return parse(expression);
  } catch {
    return undefined;
  }
}

export const isValidExpression = (expression: string): boolean => parseExpression(expression) !== undefined;

/**
 * What repositories write is not always valid SPDX ("mit", "MIT License", "GPL-2.0 WITH some-exception"):
 * such values are cut at operators, exceptions and brackets instead, each piece read as one id.
 */
const LENIENT_SPLIT = /\s+(?:OR|AND)\s+|\s+WITH\s+\S+|[()]/i;

/** A lone id: both readings give it back as it is, and most values are one (the parser costs ten times the split). */
const ONE_TOKEN = /^[^\s()]*$/;

/** The license ids an expression names, in order and as written (GPL-2.0+ keeps its +), without operators or exceptions. */
export function licenseIdsIn(expression: string): string[] {
  if (ONE_TOKEN.test(expression)) return expression === '' ? [] : [expression];
  const tree = parseExpression(expression);
  if (!tree)
    return expression
      .split(LENIENT_SPLIT)
      .map((s) => s.trim())
      .filter(Boolean);
  const ids: string[] = [];
  // Depth first, left before right, without recursion: a long chain of ORs is a deep tree.
  for (const stack = [tree]; stack.length > 0;) {
    const node = stack.pop() as ExpressionNode;
    if ('license' in node) ids.push(node.plus ? `${node.license}+` : node.license);
    else stack.push(node.right, node.left);
  }
  return ids;
}

/** The families of the ids an expression names. */
export function familiesIn(expression: string): Set<string> {
  return new Set(licenseIdsIn(expression).map(familyOf));
}
