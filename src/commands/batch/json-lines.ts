/**
 * Reads a JSON-lines file as a stream, one line at a time, with the byte offset where each line ends:
 * memory stays flat however long the file, and --resume can cut a half-written last line off.
 */
import { createReadStream } from 'node:fs';

export interface JsonLine {
  readonly text: string;
  /** 1-based. */
  readonly number: number;
  /** Byte offset just after the line's newline (or after its last byte when it has none). */
  readonly end: number;
  /** False for a last line without its newline: a write cut short by a crash. */
  readonly complete: boolean;
}

export async function* readJsonLines(path: string): AsyncGenerator<JsonLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let number = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let newline = chunk.indexOf(10, start); newline >= 0; newline = chunk.indexOf(10, start)) {
      const piece = chunk.subarray(start, newline);
      const text = Buffer.concat([...pending, piece]).toString('utf8');
      offset += pendingBytes + piece.length + 1;
      pending = [];
      pendingBytes = 0;
      start = newline + 1;
      yield { text, number: ++number, end: offset, complete: true };
    }
    const rest = chunk.subarray(start);
    if (rest.length > 0) {
      pending.push(rest);
      pendingBytes += rest.length;
    }
  }
  if (pendingBytes > 0) {
    yield {
      text: Buffer.concat(pending).toString('utf8'),
      number: ++number,
      end: offset + pendingBytes,
      complete: false,
    };
  }
}
