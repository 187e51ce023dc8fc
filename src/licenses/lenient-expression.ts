/**
 * License values with the shape of an SPDX expression that spdx-expression-parse refuses, as lock files
 * state them: ids it does not know ("UNLICENSED", "BSL-1.1", "Commons-Clause" after WITH), any case.
 * Recursive descent over at most MAX_TOKENS tokens (AND binds tighter than OR) into the tree shape of
 * ids.ts, ids kept as written (a + stays part of the id).
 */
import type { ExpressionNode } from './ids.js';

const MAX_TOKENS = 60;
const TOKEN = /\(|\)|[^\s()]+/g;
const OPERATOR = /^(?:and|or|with)$/i;
const ID = /^[A-Za-z0-9][\w.+:-]*$/;

/** Undefined when the value is not an expression at all ("SEE LICENSE IN EULA.txt", "MIT + Commons Clause"). */
export function parseLenientExpression(value: string): ExpressionNode | undefined {
  const tokens = value.match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  const parser = new Parser(tokens);
  const tree = parser.or();
  return tree && parser.done() ? tree : undefined;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly string[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  or(): ExpressionNode | undefined {
    return this.chain('or', () => this.and());
  }

  private and(): ExpressionNode | undefined {
    return this.chain('and', () => this.term());
  }

  /** `a <op> b <op> c`, grouped from the left. */
  private chain(conjunction: 'and' | 'or', operand: () => ExpressionNode | undefined): ExpressionNode | undefined {
    let left = operand();
    while (left && this.take(conjunction)) {
      const right = operand();
      left = right && { left, conjunction, right };
    }
    return left;
  }

  private term(): ExpressionNode | undefined {
    if (this.take('(')) {
      const inner = this.or();
      return inner && this.take(')') ? inner : undefined;
    }
    const license = this.id();
    if (license === undefined) return undefined;
    if (!this.take('with')) return { license };
    const exception = this.id();
    return exception === undefined ? undefined : { license, exception };
  }

  private id(): string | undefined {
    const token = this.tokens[this.at];
    if (token === undefined || OPERATOR.test(token) || !ID.test(token)) return undefined;
    this.at += 1;
    return token;
  }

  private take(word: string): boolean {
    if (this.tokens[this.at]?.toLowerCase() !== word) return false;
    this.at += 1;
    return true;
  }
}
