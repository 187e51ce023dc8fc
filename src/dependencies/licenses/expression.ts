/**
 * Evaluates an SPDX license expression (`a OR (b AND c WITH d)`) for what it binds the user to: a leaf
 * gives the restrictions of one id, AND adds them up, OR keeps only those every choice has (a choice
 * without any makes the whole free of them). Recursive descent over at most MAX_TOKENS tokens.
 */

const MAX_TOKENS = 60;
const TOKEN = /\(|\)|[^\s()]+/g;
const OPERATOR = /^(?:and|or|with)$/i;
const ID = /^[A-Za-z0-9][\w.+:-]*$/;

/** Undefined when the value is not an SPDX expression ("SEE LICENSE IN EULA.txt", "MIT + Commons Clause"). */
export function evaluateExpression<T>(value: string, leaf: (id: string) => T[]): T[] | undefined {
  const tokens = value.match(TOKEN) ?? [];
  if (tokens.length === 0 || tokens.length > MAX_TOKENS) return undefined;
  const parser = new Parser(tokens, leaf);
  const result = parser.or();
  return result && parser.done() ? result : undefined;
}

class Parser<T> {
  private at = 0;
  constructor(private readonly tokens: readonly string[], private readonly leaf: (id: string) => T[]) {}

  done(): boolean {
    return this.at === this.tokens.length;
  }

  or(): T[] | undefined {
    const choices: T[][] = [];
    do {
      const choice = this.and();
      if (!choice) return undefined;
      choices.push(choice);
    } while (this.take('or'));
    return choices.some((c) => c.length === 0) ? [] : choices.flat();
  }

  private and(): T[] | undefined {
    const parts: T[] = [];
    do {
      const part = this.term();
      if (!part) return undefined;
      parts.push(...part);
    } while (this.take('and'));
    return parts;
  }

  private term(): T[] | undefined {
    if (this.take('(')) {
      const inner = this.or();
      return inner && this.take(')') ? inner : undefined;
    }
    const id = this.id();
    if (id === undefined) return undefined;
    if (!this.take('with')) return this.leaf(id);
    const exception = this.id();
    return exception === undefined ? undefined : [...this.leaf(id), ...this.leaf(exception)];
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
