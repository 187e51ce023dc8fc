/** Turns raw file bytes into the text checks see: UTF-8, no BOM, LF line endings. */
import type { SkipReason } from '../model/snapshot.js';

/** 1 MiB: every policy document we know fits; a hostile 4 GB "LICENSE" does not get read whole. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
const BINARY_SNIFF_BYTES = 8000;

export interface DecodedText {
  readonly text: string | undefined;
  readonly problems: readonly SkipReason[];
}

export function decodeText(bytes: Uint8Array, truncated: boolean): DecodedText {
  const problems: SkipReason[] = truncated ? ['truncated'] : [];
  // A NUL byte in the first few KB is how git and grep tell binary from text.
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { text: undefined, problems: [...problems, 'binary'] };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('utf-8').decode(bytes);
    // A cut in the middle of a multi-byte character is our doing, not the file's.
    if (!(truncated && text.indexOf('\uFFFD') === text.length - 1)) problems.push('invalid-utf8');
  }
  return { text: normalizeText(text), problems };
}

/** TextDecoder drops a UTF-8 BOM; this also drops one left in a string and unifies line endings. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
