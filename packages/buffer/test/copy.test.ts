import { describe, expect, it } from "vitest";
import {
  type ContiguityOrder,
  PyBuffer_FillContiguousStrides,
  PyBuffer_FromContiguous,
  PyBuffer_GetPointer,
  PyBuffer_IsContiguous,
  PyBuffer_ToContiguous,
  PyMemory,
  type Py_buffer,
  type StridedLayout,
  copyBuffer,
  emptyPyBuffer,
  toContiguousBytes,
  writePointer,
} from "../src/index.js";

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function product(a: readonly number[]): number {
  return a.reduce((x, y) => x * y, 1);
}

/** All index tuples of `shape` in C order. */
function* indices(shape: readonly number[]): Generator<number[]> {
  const n = product(shape);
  const idx = new Array<number>(shape.length).fill(0);
  for (let e = 0; e < n; e++) {
    yield idx.slice();
    for (let k = shape.length - 1; k >= 0; k--) {
      if (idx[k]! < shape[k]! - 1) {
        idx[k]!++;
        break;
      }
      idx[k] = 0;
    }
  }
}

/**
 * A random layout of `shape` inside `mem` starting at byte `base`: strides are
 * a random permutation of a padded contiguous layout with random signs (some
 * zero when the extent is 1); optionally PIL-style with a pointer table.
 */
function randomLayout(
  r: () => number,
  mem: PyMemory,
  base: number,
  shape: number[],
  itemsize: number,
  pil: boolean,
): { layout: StridedLayout; end: number } {
  const ndim = shape.length;
  const perm = [...Array(ndim).keys()].sort(() => r() - 0.5);
  const strides = new Array<number>(ndim).fill(0);
  let sd = itemsize * (1 + Math.floor(r() * 2));
  for (const d of perm) {
    strides[d] = sd * (r() < 0.3 ? -1 : 1);
    sd *= shape[d]! + Math.floor(r() * 2);
  }
  if (ndim > 0 && shape[0] === 1 && r() < 0.5) strides[0] = 0;
  // offset so that negative strides stay in range
  let lo = 0;
  let hi = itemsize;
  for (let i = 0; i < ndim; i++) {
    const span = strides[i]! * Math.max(shape[i]! - 1, 0);
    if (span < 0) lo += span;
    else hi += span;
  }
  if (!pil || ndim === 0) {
    return {
      layout: { buf: { mem, offset: base - lo }, itemsize, ndim, shape, strides, suboffsets: null },
      end: base + (hi - lo),
    };
  }
  // PIL: dimension 0 is an array of pointers (stride 8) to sub-arrays laid out
  // with strides[1:], each placed separately after the table.
  const table = base;
  let lo1 = 0;
  let hi1 = itemsize;
  for (let i = 1; i < ndim; i++) {
    const span = strides[i]! * Math.max(shape[i]! - 1, 0);
    if (span < 0) lo1 += span;
    else hi1 += span;
  }
  const subSize = hi1 - lo1;
  const pad = 3;
  let p = table + 8 * shape[0]!;
  const suboff = pad - lo1;
  for (let i = 0; i < shape[0]!; i++) {
    writePointer(mem, table + 8 * i, p);
    p += pad + subSize + 2;
  }
  const pstrides = [8, ...strides.slice(1)];
  const suboffsets = new Array<number>(ndim).fill(-1);
  suboffsets[0] = suboff;
  return {
    layout: { buf: { mem, offset: table }, itemsize, ndim, shape, strides: pstrides, suboffsets },
    end: p,
  };
}

function fill(mem: PyMemory, r: () => number): void {
  const u32 = new Uint32Array(mem.buffer, 0, mem.byteLength >> 2);
  let x = Math.floor(r() * 0xffffffff) | 1;
  for (let i = 0; i < u32.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    u32[i] = x;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const MEMSIZE = 1 << 19;

/** Reference copy: read every source item first, then write each. */
function referenceCopy(dst: StridedLayout, src: StridedLayout): void {
  const items: Uint8Array[] = [];
  for (const idx of indices(src.shape)) {
    const p = PyBuffer_GetPointer(src, idx);
    items.push(p.mem.u8.slice(p.offset, p.offset + src.itemsize));
  }
  let k = 0;
  for (const idx of indices(dst.shape)) {
    const p = PyBuffer_GetPointer(dst, idx);
    p.mem.u8.set(items[k++]!, p.offset);
  }
}

function randomShape(r: () => number): number[] {
  const ndim = Math.floor(r() * 4) + (r() < 0.1 ? 0 : 1);
  return Array.from({ length: ndim }, () => Math.floor(r() * 4) + (r() < 0.05 ? 0 : 1));
}

const ITEMSIZES = [1, 2, 4, 8, 3, 12, 40];

/** A contiguous layout of `shape` at offset 0 of `mem` in `order`. */
function contiguous(mem: PyMemory, shape: number[], itemsize: number, order: ContiguityOrder): StridedLayout {
  const strides = PyBuffer_FillContiguousStrides(shape.length, shape, itemsize, order);
  return { buf: { mem, offset: 0 }, itemsize, ndim: shape.length, shape, strides, suboffsets: null };
}

describe("copyBuffer", () => {
  it("matches a reference loop over random strides (separate memories)", () => {
    const r = rng(1);
    for (let t = 0; t < 600; t++) {
      const shape = randomShape(r);
      const itemsize = ITEMSIZES[Math.floor(r() * ITEMSIZES.length)]!;
      const smem = new PyMemory(MEMSIZE);
      const dmem = new PyMemory(MEMSIZE);
      fill(smem, r);
      fill(dmem, r);
      const src = randomLayout(r, smem, 16, shape, itemsize, r() < 0.25).layout;
      const dst = randomLayout(r, dmem, 16, shape, itemsize, r() < 0.25).layout;
      const expected = new PyMemory(MEMSIZE);
      expected.u8.set(dmem.u8);
      referenceCopy({ ...dst, buf: { mem: expected, offset: dst.buf.offset } }, src);
      copyBuffer(dst, src);
      expect(sameBytes(dmem.u8, expected.u8)).toBe(true);
    }
  });

  it("long rows of 1-byte items: word gathers and reordered dimensions match the reference", () => {
    const r = rng(3);
    let ran = 0;
    for (let t = 0; t < 300; t++) {
      const ndim = 1 + Math.floor(r() * 3);
      const shape = Array.from({ length: ndim }, () => 1 + Math.floor(r() * 40));
      const smem = new PyMemory(MEMSIZE);
      const dmem = new PyMemory(MEMSIZE);
      fill(smem, r);
      fill(dmem, r);
      const s = randomLayout(r, smem, 16 + Math.floor(r() * 4), shape, 1, r() < 0.2);
      const d = randomLayout(r, dmem, 16 + Math.floor(r() * 4), shape, 1, false);
      if (s.end > MEMSIZE || d.end > MEMSIZE) continue; // a layout that does not fit the memory
      const [src, dst] = [s.layout, d.layout];
      ran++;
      const expected = new PyMemory(MEMSIZE);
      expected.u8.set(dmem.u8);
      referenceCopy({ ...dst, buf: { mem: expected, offset: dst.buf.offset } }, src);
      copyBuffer(dst, src);
      expect(sameBytes(dmem.u8, expected.u8)).toBe(true);
    }
    expect(ran).toBeGreaterThan(200);
  });

  it("large last two dimensions, one of them transposed (copied in tiles), match the reference", () => {
    const r = rng(4);
    for (let t = 0; t < 8; t++) {
      const itemsize = [1, 2, 8, 3][t % 4]!;
      const rows = 256 + Math.floor(r() * 150);
      const cols = 256 + Math.floor(r() * 150);
      const shape = t < 6 ? [rows, cols] : [2, rows, cols];
      const size = 4 * product(shape) * itemsize + 64;
      const smem = new PyMemory(size);
      const dmem = new PyMemory(size);
      fill(smem, r);
      fill(dmem, r);
      // Half the cases: the source in C order, the destination in Fortran order
      // (tobytes(order='F')); the others: random signed, permuted strides.
      const src =
        t % 2 === 0
          ? contiguous(smem, shape, itemsize, "C")
          : randomLayout(r, smem, 16, shape, itemsize, false).layout;
      const dst =
        t % 2 === 0
          ? contiguous(dmem, shape, itemsize, "F")
          : randomLayout(r, dmem, 16, shape, itemsize, false).layout;
      const expected = new PyMemory(size);
      expected.u8.set(dmem.u8);
      referenceCopy({ ...dst, buf: { mem: expected, offset: dst.buf.offset } }, src);
      copyBuffer(dst, src);
      expect(sameBytes(dmem.u8, expected.u8)).toBe(true);
    }
  });

  it("handles overlap within one memory as if the source were read first", () => {
    const r = rng(2);
    for (let t = 0; t < 600; t++) {
      const shape = randomShape(r);
      const itemsize = ITEMSIZES[Math.floor(r() * ITEMSIZES.length)]!;
      const mem = new PyMemory(MEMSIZE);
      fill(mem, r);
      const pil = r() < 0.2;
      const a = randomLayout(r, mem, 8 + Math.floor(r() * 40), shape, itemsize, pil);
      const bStart = pil ? a.end + 8 : 8 + Math.floor(r() * 40);
      const b = randomLayout(r, mem, bStart, shape, itemsize, false);
      const [src, dst] = r() < 0.5 ? [a.layout, b.layout] : [b.layout, a.layout];
      const expected = new PyMemory(MEMSIZE);
      expected.u8.set(mem.u8);
      const reb = (l: StridedLayout): StridedLayout => ({
        ...l,
        buf: { mem: expected, offset: l.buf.offset },
      });
      referenceCopy(reb(dst), reb(src));
      copyBuffer(dst, src);
      expect(sameBytes(mem.u8, expected.u8)).toBe(true);
    }
  });

  it("scalars and contiguous blocks", () => {
    const mem = new PyMemory(16);
    mem.u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
    copyBuffer(
      { buf: { mem, offset: 2 }, itemsize: 4, ndim: 0, shape: [], strides: [], suboffsets: null },
      { buf: { mem, offset: 0 }, itemsize: 4, ndim: 0, shape: [], strides: [], suboffsets: null },
    );
    expect([...mem.u8.slice(0, 8)]).toEqual([1, 2, 1, 2, 3, 4, 7, 8]);
  });
});

function asView(l: StridedLayout): Py_buffer {
  const v = emptyPyBuffer(l.buf);
  v.itemsize = l.itemsize;
  v.ndim = l.ndim;
  v.shape = [...l.shape];
  v.strides = [...l.strides];
  v.suboffsets = l.suboffsets === null ? null : [...l.suboffsets];
  v.len = product(l.shape) * l.itemsize;
  v.format = "B";
  return v;
}

/** Reference: items in `order` (F: first index fastest), for ToContiguous. */
function referenceBytes(view: Py_buffer, order: string): number[] {
  const out: number[] = [];
  const shape = view.shape!;
  const all = [...indices(shape)];
  if (order === "F") {
    const rev = [...shape].reverse();
    all.length = 0;
    for (const idx of indices(rev)) all.push([...idx].reverse());
  }
  for (const idx of all) {
    const p = PyBuffer_GetPointer(view, idx);
    out.push(...p.mem.u8.slice(p.offset, p.offset + view.itemsize));
  }
  return out;
}

describe("PyBuffer_ToContiguous / PyBuffer_FromContiguous", () => {
  it("round-trip random layouts in each order", () => {
    const r = rng(3);
    for (let t = 0; t < 500; t++) {
      const shape = randomShape(r);
      if (shape.length === 0) continue;
      const itemsize = ITEMSIZES[Math.floor(r() * ITEMSIZES.length)]!;
      const mem = new PyMemory(MEMSIZE);
      fill(mem, r);
      const view = asView(randomLayout(r, mem, 16, shape, itemsize, r() < 0.25).layout);
      for (const order of ["C", "F", "A"] as ContiguityOrder[]) {
        const got = [...toContiguousBytes(view, order)];
        let ref: number[];
        if (order === "A") {
          ref =
            PyBuffer_IsContiguous(view, "F") && !PyBuffer_IsContiguous(view, "C")
              ? referenceBytes(view, "F")
              : referenceBytes(view, "C");
        } else ref = referenceBytes(view, order);
        expect(got).toEqual(ref);
        // FromContiguous writes the same items back from reversed-byte data
        const data = new PyMemory(view.len);
        data.u8.set(got.map((x) => x ^ 0xff));
        PyBuffer_FromContiguous(view, { mem: data, offset: 0 }, view.len, order);
        const back = referenceBytes(
          view,
          order === "F"
            ? "F"
            : order === "A" && PyBuffer_IsContiguous(view, "A") && !PyBuffer_IsContiguous(view, "C")
              ? "F"
              : "C",
        );
        expect(back).toEqual(got.map((x) => x ^ 0xff));
      }
    }
  });

  it("len must equal view.len", () => {
    const mem = new PyMemory(8);
    const v = asView({
      buf: { mem, offset: 0 },
      itemsize: 1,
      ndim: 1,
      shape: [8],
      strides: [1],
      suboffsets: null,
    });
    expect(() => PyBuffer_ToContiguous({ mem, offset: 0 }, v, 7, "C")).toThrow(
      "ValueError: PyBuffer_ToContiguous: len != view->len",
    );
  });

  it("FromContiguous copies a prefix of whole items", () => {
    const mem = new PyMemory(32);
    const v = asView({
      buf: { mem, offset: 0 },
      itemsize: 2,
      ndim: 2,
      shape: [2, 3],
      strides: [2, 4],
      suboffsets: null,
    });
    const src = new PyMemory(16);
    src.u8.set([1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]);
    PyBuffer_FromContiguous(v, { mem: src, offset: 0 }, 7, "C");
    // C order items (0,0) (0,1) (0,2) go to offsets 0, 4, 8
    expect([...mem.u8.slice(0, 12)]).toEqual([1, 1, 0, 0, 2, 2, 0, 0, 3, 3, 0, 0]);
  });
});

describe("PyBuffer_FillContiguousStrides", () => {
  it("C and F", () => {
    expect(PyBuffer_FillContiguousStrides(3, [2, 3, 4], 8, "C")).toEqual([96, 32, 8]);
    expect(PyBuffer_FillContiguousStrides(3, [2, 3, 4], 8, "F")).toEqual([8, 16, 48]);
    expect(PyBuffer_FillContiguousStrides(0, [], 8, "C")).toEqual([]);
  });
});
