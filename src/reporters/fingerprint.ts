/**
 * A short stable hash for SARIF partialFingerprints. Reporters may not import node:crypto (they only
 * format), and this needs no cryptographic strength: only the same input giving the same output.
 */
const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** 64-bit FNV-1a over the UTF-8 bytes of the parts, separated so ["ab","c"] and ["a","bc"] differ. */
export function fingerprint(parts: readonly string[]): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(parts.join('\u0000'))) {
    hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
