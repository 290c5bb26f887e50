/**
 * The inner loops of strided copies of 1-byte items (`copy.ts`), on 32-bit
 * words where the layout allows: items two bytes apart merged or gathered
 * two or four per word, 4x4 blocks of a transposition as four words, and a
 * four-per-iteration byte loop for any other stride. Word views index the
 * whole memory (word `k` is bytes `4k..4k+3`) and take the host's byte order:
 * the caller uses them on little-endian hosts only.
 */
import type { PyMemory } from "./memory.js";

/**
 * `nlast - i` 1-byte items, the destination and source stepping by `dsl` and
 * `ssl` bytes: four items per iteration (V8 re-checks each typed-array access
 * of a one-item loop; four loads then four stores let it share the work).
 */
export function copyBytesStrided(
  du8: Uint8Array,
  su8: Uint8Array,
  dp: number,
  sp: number,
  dsl: number,
  ssl: number,
  nlast: number,
  i: number,
): void {
  const d2 = dsl * 2;
  const d3 = dsl * 3;
  const d4 = dsl * 4;
  const s2 = ssl * 2;
  const s3 = ssl * 3;
  const s4 = ssl * 4;
  for (; i + 4 <= nlast; i += 4, dp += d4, sp += s4) {
    const a = su8[sp]!;
    const b = su8[sp + ssl]!;
    const x = su8[sp + s2]!;
    const y = su8[sp + s3]!;
    du8[dp] = a;
    du8[dp + dsl] = b;
    du8[dp + d2] = x;
    du8[dp + d3] = y;
  }
  for (; i < nlast; i++, dp += dsl, sp += ssl) du8[dp] = su8[sp]!;
}

/**
 * Up to `n` 1-byte items two bytes apart from `sp` (4-aligned) to
 * consecutive bytes at `dp` (4-aligned): four items from two source words
 * per destination word. Returns how many items it copied (a multiple of 4,
 * fewer than `n` when the last source word would pass the memory's end).
 */
export function gatherEveryOther(w: WordViews, dp: number, sp: number, n: number): number {
  const sw = sp / 4;
  const words = Math.min(Math.floor(n / 4), Math.floor((w.s32.length - sw) / 2));
  if (words <= 0) return 0;
  const d32 = w.d32.subarray(dp / 4, dp / 4 + words);
  const s32 = w.s32.subarray(sw, sw + 2 * words);
  for (let k = 0; k < words; k++) {
    const a = s32[2 * k]!;
    const b = s32[2 * k + 1]!;
    d32[k] = (a & 0xff) | ((a >>> 8) & 0xff00) | ((b & 0xff) << 16) | ((b << 8) & 0xff000000);
  }
  return words * 4;
}

/** 32-bit views of the whole of both memories of a copy (word `k` is bytes `4k..4k+3`). */
export interface WordViews {
  readonly d32: Uint32Array;
  readonly s32: Uint32Array;
}

export function wordViews(dmem: PyMemory, smem: PyMemory): WordViews {
  const dbuf = dmem.buffer;
  const sbuf = smem.buffer;
  return {
    d32: new Uint32Array(dbuf, 0, Math.floor(dbuf.byteLength / 4)),
    s32: new Uint32Array(sbuf, 0, Math.floor(sbuf.byteLength / 4)),
  };
}

/**
 * `n` 1-byte items two bytes apart on both sides, the two addresses equal
 * modulo 4: two items per 32-bit word, merged into the destination's word
 * under a mask (the bytes between the items are written back as they were
 * read: the caller ruled out overlap, and other threads by a destination
 * that is no SharedArrayBuffer).
 */
export function copyPairWords(
  w: WordViews,
  du8: Uint8Array,
  su8: Uint8Array,
  dp: number,
  sp: number,
  n: number,
): void {
  let i = 0;
  // Items until one starts a word's first half, so that the word holds it and the next.
  for (; i < n && (dp & 3) >= 2; i++, dp += 2, sp += 2) du8[dp] = su8[sp]!;
  const mask = (dp & 1) === 0 ? 0x00ff00ff : 0xff00ff00 | 0;
  const keep = ~mask;
  const words = Math.floor((n - i) / 2);
  // Windows of exactly `words` words indexed from 0: one induction variable, no bounds checks left.
  // dp and sp are at a word's first half here (dp & 3 < 2, same for sp): floor to the word.
  const dw = Math.floor(dp / 4);
  const sw = Math.floor(sp / 4);
  const d32 = w.d32.subarray(dw, dw + words);
  const s32 = w.s32.subarray(sw, sw + words);
  // Two words per iteration: both loads before both stores.
  let k = 0;
  for (; k + 1 < words; k += 2) {
    const a = s32[k]! & mask;
    const b = s32[k + 1]! & mask;
    d32[k] = (d32[k]! & keep) | a;
    d32[k + 1] = (d32[k + 1]! & keep) | b;
  }
  if (k < words) d32[k] = (d32[k]! & keep) | (s32[k]! & mask);
  i += words * 2;
  dp += words * 4;
  sp += words * 4;
  for (; i < n; i++, dp += 2, sp += 2) du8[dp] = su8[sp]!;
}

/**
 * A `rows` x `cols` block (both multiples of 4) of 1-byte items transposed:
 * destination row `i` (words from `dw`, `dRow` words apart), column `j`,
 * gets the source item of row `j` (`sRow` words apart, from `sw`), column
 * `i`. Four source words (4 rows x 4 items) make four destination words.
 */
export function transposeWords(
  w: WordViews,
  dw: number,
  sw: number,
  dRow: number,
  sRow: number,
  rows: number,
  cols: number,
): void {
  const d32 = w.d32;
  const s32 = w.s32;
  const quads = rows >>> 2;
  for (let j = 0; j < cols; j += 4) {
    const a = sw + j * sRow;
    const b = a + sRow;
    const c = b + sRow;
    const e = c + sRow;
    let o = dw + j / 4;
    for (let k = 0; k < quads; k++, o += 4 * dRow) {
      const w0 = s32[a + k]!;
      const w1 = s32[b + k]!;
      const w2 = s32[c + k]!;
      const w3 = s32[e + k]!;
      d32[o] = (w0 & 0xff) | ((w1 & 0xff) << 8) | ((w2 & 0xff) << 16) | (w3 << 24);
      d32[o + dRow] = ((w0 >>> 8) & 0xff) | (w1 & 0xff00) | ((w2 & 0xff00) << 8) | ((w3 & 0xff00) << 16);
      d32[o + 2 * dRow] =
        ((w0 >>> 16) & 0xff) | ((w1 >>> 8) & 0xff00) | (w2 & 0xff0000) | ((w3 & 0xff0000) << 8);
      d32[o + 3 * dRow] = (w0 >>> 24) | ((w1 >>> 16) & 0xff00) | ((w2 >>> 8) & 0xff0000) | (w3 & 0xff000000);
    }
  }
}
