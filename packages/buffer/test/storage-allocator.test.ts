/**
 * The storage allocator (`PyBuffer_SetStorageAllocator`): bytes, bytearray
 * and array.array keep their storage in one growable `WebAssembly.Memory`
 * (a test allocator: first-fit free list over a bump pointer, growing the
 * memory on demand, and scribbling freed blocks so a stale read shows).
 *
 * The CPython case tables of bytes-cases.test.ts and array.test.ts run again
 * here with the allocator installed (their describes are registered by
 * importing them); the other checks compare with the same operations run
 * without an allocator, so no CPython output is typed here.
 */
import {
  PyError,
  PyLong_FromNumber,
  PyNumber_Add,
  PyNumber_InPlaceAdd,
  PyNumber_Multiply,
  type PyObject,
  PyObject_CallMethod,
  PyObject_GetItem,
  PySlice_New,
  PyUnicode_FromString,
  Py_DECREF,
  Py_None,
  checkpoint,
  leakReport,
  repr,
  setCheckedMode,
} from "@py/object";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  PyArray_FromValues,
  PyArray_Type,
  PyBUF_FULL_RO,
  PyBUF_SIMPLE,
  PyBuffer_GetStorageAllocator,
  PyBuffer_MoveIntoStorage,
  PyBuffer_Release,
  PyBuffer_SetStorageAllocator,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
  PyMemory,
  type Py_buffer,
  type StorageAllocator,
  getBuffer,
  toContiguousBytes,
} from "../src/index.js";

const PAGE = 65536;

/** A first-fit allocator over a growable WebAssembly.Memory; every block is counted. */
class TestAllocator implements StorageAllocator {
  readonly wasm = new WebAssembly.Memory({ initial: 1, maximum: 4096 });
  readonly memory = new PyMemory(this.wasm);
  /** Live blocks: offset -> capacity. */
  readonly live = new Map<number, number>();
  private free_: [number, number][] = [];
  private top = 16; // offset 0 is NULL
  grows = 0;
  mallocs = 0;
  /** The test that allocated each block. */
  readonly owners = new Map<number, string>();
  /** Grow the memory by a page on every n-th malloc/realloc too (0: only when needed). */
  growEvery = 0;
  private calls = 0;
  failNext = false;

  malloc(size: number): number {
    if (this.failNext) {
      this.failNext = false;
      return 0;
    }
    expect(size).toBeGreaterThanOrEqual(1);
    const cap = (size + 7) & ~7;
    this.mallocs++;
    this.maybeGrow();
    const i = this.free_.findIndex(([, c]) => c >= cap);
    let off: number;
    if (i >= 0) {
      const [o, c] = this.free_[i]!;
      off = o;
      this.free_.splice(i, 1);
      this.live.set(off, c);
    } else {
      off = this.top;
      this.top += cap;
      const need = this.top - this.wasm.buffer.byteLength;
      if (need > 0) this.grow(Math.ceil(need / PAGE));
      this.live.set(off, cap);
    }
    this.owners.set(off, expect.getState().currentTestName ?? "");
    // Garbage in a new block: the exporters must not rely on zeroed memory.
    this.memory.u8.fill(0xa5, off, off + this.live.get(off)!);
    return off;
  }

  realloc(offset: number, size: number): number {
    const cap = this.live.get(offset);
    expect(cap, `realloc of a block not allocated: ${offset}`).toBeDefined();
    this.maybeGrow();
    if (size <= cap!) return offset;
    const off = this.malloc(size);
    if (off === 0) return 0;
    const u8 = this.memory.u8;
    u8.copyWithin(off, offset, offset + cap!);
    this.free(offset);
    return off;
  }

  free(offset: number): void {
    const cap = this.live.get(offset);
    expect(cap, `free of a block not allocated: ${offset}`).toBeDefined();
    this.live.delete(offset);
    this.memory.u8.fill(0xdd, offset, offset + cap!); // a stale read shows
    this.free_.push([offset, cap!]);
  }

  private maybeGrow(): void {
    if (this.growEvery > 0 && ++this.calls % this.growEvery === 0) this.grow(1);
  }

  private grow(pages: number): void {
    this.memory.grow(pages);
    this.grows++;
  }
}

/** `[block, block + len)` lies inside a live block of `a`. */
function inLiveBlock(a: TestAllocator, off: number, len: number): boolean {
  for (const [b, cap] of a.live) if (off >= b && off + len <= b + cap) return true;
  return false;
}

const tables = new TestAllocator();
tables.growEvery = 97; // the memory also grows (detaching its buffer) every 97 allocations

// Installed before every test of this file: the tables imported below run with it.
beforeAll(() => PyBuffer_SetStorageAllocator(tables));
describe("CPython's case tables with a storage allocator set", () => {
  it("the allocator is set", () => {
    expect(PyBuffer_GetStorageAllocator()).toBe(tables);
  });
});
// The tables' describes are registered in this file, after the one above.
await import("./bytes-cases.test.js");
await import("./array.test.js");
describe("after the tables", () => {
  it("their objects were made in the allocator's memory and given back", () => {
    expect(PyBuffer_GetStorageAllocator()).toBe(tables);
    PyBuffer_SetStorageAllocator(null);
    expect(tables.mallocs).toBeGreaterThan(1000);
    expect(tables.grows).toBeGreaterThan(10);
    // Every block was freed: the tests of the blocks still live.
    expect([...tables.live.keys()].map((off) => tables.owners.get(off))).toEqual([]);
  });
});

/** Runs `f` with `a` installed. */
function withAllocator<T>(a: StorageAllocator | null, f: () => T): T {
  const old = PyBuffer_GetStorageAllocator();
  PyBuffer_SetStorageAllocator(a);
  try {
    return f();
  } finally {
    PyBuffer_SetStorageAllocator(old);
  }
}

function call(o: PyObject, name: string, ...args: PyObject[]): PyObject {
  return PyObject_CallMethod(o, name, args, null);
}

/** repr of a new reference, released. */
function take(o: PyObject): string {
  const s = repr(o);
  Py_DECREF(o);
  return s;
}

const enc = (s: string) => new TextEncoder().encode(s);

describe("storage in the allocator's memory", () => {
  let a: TestAllocator;
  beforeAll(() => setCheckedMode(true));
  afterAll(() => setCheckedMode(false));
  afterEach(() => {
    PyBuffer_SetStorageAllocator(null);
    expect(leakReport()).toEqual([]);
  });

  function fresh(): TestAllocator {
    checkpoint();
    a = new TestAllocator();
    PyBuffer_SetStorageAllocator(a);
    return a;
  }

  it("bytes: the Py_buffer points at the block; freed at dealloc", () => {
    fresh();
    const b = PyBytes_FromBytes(enc("hello storage"));
    expect(a.live.size).toBe(1);
    const v = getBuffer(b, PyBUF_SIMPLE);
    expect(v.buf.mem).toBe(a.memory);
    expect(a.live.has(v.buf.offset)).toBe(true);
    expect(new TextDecoder().decode(a.memory.u8.subarray(v.buf.offset, v.buf.offset + v.len))).toBe(
      "hello storage",
    );
    PyBuffer_Release(v);
    Py_DECREF(b);
    expect(a.live.size).toBe(0);
  });

  it("the empty bytes stays the immortal singleton outside the allocator", () => {
    fresh();
    const e = PyBytes_FromBytes(new Uint8Array(0));
    expect(a.live.size).toBe(0);
    Py_DECREF(e);
  });

  it("bytearray and array: buffers in the allocator, resized through realloc, freed at dealloc", () => {
    fresh();
    const ba = PyByteArray_FromBytes(enc("abc"));
    const arr = PyArray_FromValues("i", [1, -2, 3]);
    expect(a.live.size).toBe(2);
    const xyz = PyBytes_FromBytes(enc("xyz"));
    for (let i = 0; i < 200; i++) {
      Py_DECREF(call(ba, "extend", xyz));
      const n = PyLong_FromNumber(i);
      Py_DECREF(call(arr, "append", n));
      Py_DECREF(n);
    }
    Py_DECREF(xyz);
    const vb = getBuffer(ba, PyBUF_SIMPLE);
    const va = getBuffer(arr, PyBUF_FULL_RO);
    for (const v of [vb, va]) {
      expect(v.buf.mem).toBe(a.memory);
      expect(inLiveBlock(a, v.buf.offset, v.len)).toBe(true);
    }
    expect(va.len).toBe(203 * 4);
    const expected = withAllocator(null, () => {
      const b2 = PyByteArray_FromBytes(enc(`abc${"xyz".repeat(200)}`));
      const a2 = PyArray_FromValues("i", [1, -2, 3, ...Array.from({ length: 200 }, (_, i) => i)]);
      return [take(b2), take(a2)];
    });
    expect([repr(ba), repr(arr)]).toEqual(expected);
    PyBuffer_Release(vb);
    PyBuffer_Release(va);
    Py_DECREF(ba);
    Py_DECREF(arr);
    expect(a.live.size).toBe(0);
  });

  it("growth of the memory between operations corrupts nothing", () => {
    fresh();
    const b = PyBytes_FromBytes(enc("a b  c\nd e"));
    const ba = PyByteArray_FromBytes(enc("x,y,,z"));
    const arr = PyArray_FromValues("d", [1.5, 2.5]);
    const v = getBuffer(arr, PyBUF_FULL_RO);
    const before = [repr(b), repr(ba), repr(arr)];
    a.memory.grow(3);
    expect([repr(b), repr(ba), repr(arr)]).toEqual(before);
    expect(Array.from(toContiguousBytes(v, "C"))).toEqual(
      Array.from(new Uint8Array(new Float64Array([1.5, 2.5]).buffer)),
    );
    PyBuffer_Release(v);
    Py_DECREF(b);
    Py_DECREF(ba);
    Py_DECREF(arr);
    expect(a.live.size).toBe(0);
  });

  it("methods that make many objects while reading one (memory growing at every allocation)", () => {
    const run = (): string[] => {
      const out: string[] = [];
      const b = PyBytes_FromBytes(enc(" alpha beta\tgamma\r\ndelta\nepsilon, zeta,eta "));
      const ba = PyByteArray_FromBytes(enc("one,two,,three,four"));
      const sp = PyUnicode_FromString(",");
      const comma = PyBytes_FromBytes(enc(","));
      for (const o of [b, ba]) {
        out.push(take(call(o, "split")), take(call(o, "rsplit")), take(call(o, "splitlines")));
        out.push(take(call(o, "split", comma)), take(call(o, "rsplit", comma)));
        out.push(take(call(o, "partition", comma)), take(call(o, "rpartition", comma)));
        out.push(
          take(call(o, "upper")),
          take(call(o, "strip")),
          take(call(o, "center", PyLong_FromNumber(80))),
        );
        out.push(take(PyNumber_Multiply(o, PyLong_FromNumber(5))), take(PyNumber_Add(o, comma)));
        const list = call(o, "split", comma);
        out.push(take(call(comma, "join", list)), take(call(o, "join", list)));
        Py_DECREF(list);
        const sl = PySlice_New(PyLong_FromNumber(2), PyLong_FromNumber(17), Py_None);
        out.push(take(PyObject_GetItem(o, sl)));
        Py_DECREF(sl);
      }
      Py_DECREF(PyNumber_InPlaceAdd(ba, b));
      out.push(repr(ba));
      const arr = PyArray_FromValues("h", [1, 2, 3]);
      const sl = PySlice_New(Py_None, Py_None, PyLong_FromNumber(-1));
      out.push(take(PyObject_GetItem(arr, sl)), take(PyNumber_Multiply(arr, PyLong_FromNumber(7))));
      Py_DECREF(sl);
      for (const o of [b, ba, sp, comma, arr]) Py_DECREF(o);
      return out;
    };
    const expected = withAllocator(null, run);
    fresh();
    a.growEvery = 1;
    expect(run()).toEqual(expected);
    expect(a.grows).toBeGreaterThan(20);
    expect(a.live.size).toBe(0);
  });

  it("MemoryError when the allocator fails; the object is unchanged", () => {
    fresh();
    a.failNext = true;
    expect(() => PyBytes_FromBytes(enc("x"))).toThrow(PyError);
    const ba = PyByteArray_FromBytes(enc("abc"));
    // 40 bytes: more than the slack of "abc"'s block, so `+=` must reallocate.
    const big = withAllocator(null, () => PyBytes_FromBytes(new Uint8Array(40)));
    const before = repr(ba);
    a.failNext = true;
    let err: unknown = null;
    try {
      Py_DECREF(PyNumber_InPlaceAdd(ba, big));
    } catch (e) {
      err = e;
    }
    expect(err instanceof PyError && err.message).toBe("MemoryError");
    expect(repr(ba)).toBe(before);
    Py_DECREF(ba);
    Py_DECREF(big);
    expect(a.live.size).toBe(0);
  });
});

describe("PyBuffer_MoveIntoStorage", () => {
  afterEach(() => PyBuffer_SetStorageAllocator(null));

  function made(): [PyObject, PyObject, PyObject] {
    return [
      PyBytes_FromBytes(enc("immutable")),
      PyByteArray_FromBytes(enc("mutable")),
      PyArray_FromValues("q", [10n, -20n, 30n]),
    ];
  }

  it("returns false with no allocator or for another type", () => {
    const [b, ba, arr] = made();
    expect([b, ba, arr].map(PyBuffer_MoveIntoStorage)).toEqual([false, false, false]);
    const a = new TestAllocator();
    PyBuffer_SetStorageAllocator(a);
    const n = PyLong_FromNumber(5);
    expect(PyBuffer_MoveIntoStorage(n)).toBe(false);
    expect(PyBuffer_MoveIntoStorage(PyArray_Type)).toBe(false);
    for (const o of [b, ba, arr, n]) Py_DECREF(o);
  });

  it("moves bytes (views taken before keep the old copy), bytearray and array without exports", () => {
    const [b, ba, arr] = made();
    const reprs = [b, ba, arr].map(repr);
    const old = getBuffer(b, PyBUF_SIMPLE);
    const a = new TestAllocator();
    PyBuffer_SetStorageAllocator(a);
    expect([b, ba, arr].map(PyBuffer_MoveIntoStorage)).toEqual([true, true, true]);
    expect(a.live.size).toBe(3);
    expect([b, ba, arr].map(repr)).toEqual(reprs);
    for (const o of [b, ba, arr]) {
      const v = getBuffer(o, PyBUF_FULL_RO);
      expect(v.buf.mem).toBe(a.memory);
      expect(inLiveBlock(a, v.buf.offset, v.len)).toBe(true);
      PyBuffer_Release(v);
    }
    expect(old.buf.mem).not.toBe(a.memory);
    expect(new TextDecoder().decode(old.buf.mem.u8.subarray(old.buf.offset, old.buf.offset + old.len))).toBe(
      "immutable",
    );
    PyBuffer_Release(old);
    // Already there: nothing to do.
    expect([b, ba, arr].map(PyBuffer_MoveIntoStorage)).toEqual([true, true, true]);
    expect(a.live.size).toBe(3);
    // Still working after the move: resizes go through realloc.
    const more = withAllocator(null, () => PyBytes_FromBytes(enc("!".repeat(50))));
    Py_DECREF(call(ba, "extend", more));
    Py_DECREF(more);
    const four = PyLong_FromNumber(4);
    Py_DECREF(call(arr, "append", four));
    Py_DECREF(four);
    expect([ba, arr].map(repr)).toEqual(
      withAllocator(null, () => [
        take(PyByteArray_FromBytes(enc(`mutable${"!".repeat(50)}`))),
        take(PyArray_FromValues("q", [10n, -20n, 30n, 4n])),
      ]),
    );
    const v = getBuffer(ba, PyBUF_SIMPLE);
    expect(v.buf.mem === a.memory && inLiveBlock(a, v.buf.offset, v.len)).toBe(true);
    PyBuffer_Release(v);
    for (const o of [b, ba, arr]) Py_DECREF(o);
    expect(a.live.size).toBe(0);
  });

  it("a bytearray or array that is exporting cannot move: BufferError", () => {
    const [b, ba, arr] = made();
    const views: Py_buffer[] = [getBuffer(ba, PyBUF_SIMPLE), getBuffer(arr, PyBUF_SIMPLE)];
    PyBuffer_SetStorageAllocator(new TestAllocator());
    const msgs = [ba, arr].map((o) => {
      try {
        PyBuffer_MoveIntoStorage(o);
        return "moved";
      } catch (e) {
        return e instanceof PyError ? e.message : String(e);
      }
    });
    expect(msgs).toEqual([
      "BufferError: Existing exports of data: object cannot be moved into the storage allocator",
      "BufferError: cannot move an array that is exporting buffers",
    ]);
    for (const v of views) PyBuffer_Release(v);
    expect([ba, arr].map(PyBuffer_MoveIntoStorage)).toEqual([true, true]);
    for (const o of [b, ba, arr]) Py_DECREF(o);
  });
});
