/**
 * Which licenses make a dependency closed, from src/data/non-open-licenses.json: judged on a stated SPDX
 * expression (non-open only if every choice is) or, when the value is not one, on the value as free text.
 */
import data from '../../data/non-open-licenses.json' with { type: 'json' };
import type { ExpressionNode } from '../../licenses/ids.js';
import { parseLenientExpression } from '../../licenses/lenient-expression.js';

export interface NonOpen {
  readonly id: string;
  readonly name: string;
  readonly why: string;
  readonly source: string;
}

interface Rule extends NonOpen {
  readonly spdx: ReadonlySet<string>;
  readonly stated: readonly RegExp[];
  readonly text: readonly string[];
}

const RULES: readonly Rule[] = data.licenses.map((l) => ({
  id: l.id,
  name: l.name,
  why: l.why,
  source: l.source,
  spdx: new Set(l.spdx.map((id) => id.toLowerCase())),
  stated: l.stated.map((p) => new RegExp(p, 'i')),
  text: l.text,
}));

/** Longer values are not license names: they are cut before any pattern sees them. */
const MAX_VALUE = 300;

const rulesFor = (value: string): Rule[] =>
  RULES.filter((r) => r.spdx.has(value.toLowerCase()) || r.stated.some((re) => re.test(value)));

/** The non-open licenses a stated value binds the user to; empty when it is open or not on the list. */
export function nonOpenLicenses(stated: string): NonOpen[] {
  const value = stated.trim().slice(0, MAX_VALUE);
  const tree = parseLenientExpression(value);
  return distinct(tree ? bindingRules(tree) : rulesFor(value));
}

/**
 * What an expression binds the user to: a leaf gives the rules of its id and exception, AND adds them up,
 * OR keeps them only when every choice has some (a choice without any makes the whole free of them).
 */
function bindingRules(node: ExpressionNode): Rule[] {
  if ('license' in node) return [...rulesFor(node.license), ...(node.exception ? rulesFor(node.exception) : [])];
  const [left, right] = [bindingRules(node.left), bindingRules(node.right)];
  return node.conjunction === 'or' && (left.length === 0 || right.length === 0) ? [] : [...left, ...right];
}

/** The non-open licenses a vendored license file holds: by the SPDX ids identified in it, then by phrase. */
export function nonOpenInText(identified: readonly string[], text: string): NonOpen[] {
  const sample = text.slice(0, data.textSample).replace(/\s+/g, ' ').toLowerCase();
  const byId = identified.flatMap((id) => RULES.filter((r) => r.spdx.has(id.toLowerCase())));
  const byPhrase = RULES.filter((r) => r.text.some((phrase) => sample.includes(phrase)));
  return distinct([...byId, ...byPhrase]);
}

function distinct(rules: readonly NonOpen[]): NonOpen[] {
  const seen = new Set<string>();
  return rules.flatMap(({ id, name, why, source }) => {
    if (seen.has(id)) return [];
    seen.add(id);
    return [{ id, name, why, source }];
  });
}
