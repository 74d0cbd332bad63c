/** FNV-1a, 32 bits: catches typos, truncation and casual edits (not an authenticity seal). */
export function fnv1a32(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const b of bytes) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function checksumBytes(bytes: Uint8Array): Uint8Array {
  const h = fnv1a32(bytes);
  return Uint8Array.of(h >>> 24, (h >>> 16) & 255, (h >>> 8) & 255, h & 255);
}
