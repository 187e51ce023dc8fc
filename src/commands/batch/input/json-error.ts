/**
 * Where JSON.parse gave up, as a line number: V8 names a position for some errors but only a snippet
 * for others ("Unexpected token 'o', ..."), and a user fixing registry.json needs the line.
 * A small strict scanner, run only after JSON.parse failed.
 */
import { lineAtOffset } from '../../../lib/line-numbers.js';

/** 1-based line of the first syntax error, or undefined when the scanner finds none (or gives up). */
export function jsonErrorLine(text: string): number | undefined {
  try {
    const scanner = new Scanner(text);
    scanner.value();
    scanner.space();
    if (scanner.at < text.length) return lineAtOffset(text, scanner.at);
    return undefined;
  } catch (err) {
    // A hostile nesting depth overflows the stack: no line then, rather than a crash.
    return err instanceof SyntaxAt ? lineAtOffset(text, err.at) : undefined;
  }
}

class SyntaxAt extends Error {
  constructor(readonly at: number) {
    super('JSON syntax error');
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  space(): void {
    while (/[ \t\r\n]/.test(this.text[this.at] ?? '')) this.at++;
  }

  value(): void {
    this.space();
    const char = this.text[this.at];
    if (char === '{')
      return this.sequence('}', () => {
        this.token(STRING);
        this.expect(':');
        this.value();
      });
    if (char === '[') return this.sequence(']', () => this.value());
    if (char === '"') return this.token(STRING);
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return;
      }
    }
    this.token(NUMBER);
  }

  private sequence(close: string, item: () => void): void {
    this.at++;
    this.space();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      item();
      this.space();
      if (this.text[this.at] === close) {
        this.at++;
        return;
      }
      this.expect(',');
    }
  }

  private expect(char: string): void {
    this.space();
    if (this.text[this.at] !== char) throw new SyntaxAt(this.at);
    this.at++;
    this.space();
  }

  private token(pattern: RegExp): void {
    this.space();
    pattern.lastIndex = this.at;
    if (!pattern.test(this.text)) throw new SyntaxAt(this.at);
    this.at = pattern.lastIndex;
  }
}
