import { PyMemory } from "@py/buffer";
import { describe, expect, it } from "vitest";
import {
  ABI_LP64,
  ABI_WASM32,
  capiLiveCounts,
  initCApi,
  LinearMemory,
  linearMemory,
  PyErr_Clear,
  PyMem_Calloc,
  PyMem_Free,
  PyMem_Malloc,
  PyMem_Realloc,
} from "../src/index.js";
import { fx } from "./helpers.js";

describe("ABI", () => {
  it("LP64 Py_buffer matches CPython's layout", () => {
    expect(ABI_LP64.pyBuffer.size).toBe(fx.sizeof_Py_buffer);
    const { size, ...offsets } = ABI_LP64.pyBuffer;
    expect(offsets).toEqual(fx.offsets);
  });
  it("wasm32 Py_buffer has 4-byte pointers", () => {
    expect(ABI_WASM32.pyBuffer).toEqual({
      buf: 0,
      obj: 4,
      len: 8,
      itemsize: 12,
      readonly: 16,
      ndim: 20,
      format: 24,
      shape: 28,
      strides: 32,
      suboffsets: 36,
      internal: 40,
      size: 44,
    });
  });
});

describe("PyMem allocator", () => {
  it("returns 16-byte aligned, non-NULL, distinct blocks", () => {
    const a = PyMem_Malloc(1);
    const b = PyMem_Malloc(0);
    const c = PyMem_Malloc(100);
    for (const p of [a, b, c]) {
      expect(p).toBeGreaterThan(0);
      expect(p % 16).toBe(0);
    }
    expect(new Set([a, b, c]).size).toBe(3);
    expect(c - a >= 16 || a - c >= 112).toBe(true);
    for (const p of [a, b, c]) PyMem_Free(p);
  });
  it("reuses freed blocks and frees NULL silently", () => {
    const a = PyMem_Malloc(40);
    PyMem_Free(a);
    expect(PyMem_Malloc(40)).toBe(a);
    PyMem_Free(a);
    PyMem_Free(0);
  });
  it("realloc keeps the content; calloc zeroes", () => {
    const m = linearMemory();
    const a = PyMem_Malloc(4);
    m.writeU32(a, 0xdeadbeef);
    const b = PyMem_Realloc(a, 5000);
    expect(m.readU32(b)).toBe(0xdeadbeef);
    const z = PyMem_Calloc(10, 100);
    expect([...m.bytes(z, 1000)].every((x) => x === 0)).toBe(true);
    expect(PyMem_Realloc(0, 8)).toBeGreaterThan(0);
    PyMem_Free(b);
    PyMem_Free(z);
  });
  it("grows the heap on demand and refuses absurd sizes", () => {
    const big = PyMem_Malloc(1 << 20);
    expect(big).toBeGreaterThan(0);
    linearMemory().writeU8(big + (1 << 20) - 1, 7);
    expect(PyMem_Malloc(-1)).toBe(0);
    expect(PyMem_Malloc(2 ** 45)).toBe(0);
    PyMem_Free(big);
  });
});

describe("linear memory", () => {
  it("typed reads and writes are little-endian", () => {
    const m = linearMemory();
    const p = PyMem_Malloc(16);
    m.writeI64(p, -2n);
    expect(m.readI64(p)).toBe(-2n);
    expect(m.readU32(p)).toBe(0xfffffffe);
    expect(m.readSsize(p)).toBe(-2);
    m.writeSsize(p, 2 ** 40 + 5);
    expect(m.readSsize(p)).toBe(2 ** 40 + 5);
    m.writeF64(p + 8, 1.5);
    expect(m.readF64(p + 8)).toBe(1.5);
    m.writeF32(p, 0.25);
    expect(m.readF32(p)).toBe(0.25);
    m.writeI16(p, -3);
    expect(m.readI16(p)).toBe(-3);
    expect(m.readU16(p)).toBe(0xfffd);
    m.writeI8(p, -1);
    expect(m.readU8(p)).toBe(255);
    m.writePtr(p, 0x123456789a);
    expect(m.readPtr(p)).toBe(0x123456789a);
    PyMem_Free(p);
  });
  it("C strings round-trip, including UTF-8", () => {
    const m = linearMemory();
    for (const s of ["", "abc", "h\u00e9llo \u20ac"]) {
      const p = m.allocCString(s);
      expect(m.readCString(p)).toBe(s);
      PyMem_Free(p);
    }
  });
  it("NULL and wild addresses raise SystemError, never a JS RangeError", () => {
    const m = linearMemory();
    expect(() => m.readU8(0)).toThrow(/SystemError: memory access: NULL pointer dereference/);
    expect(() => m.readI32(2 ** 39)).toThrow(
      /SystemError: memory access: address 0x8000000000 \(4 bytes\) is outside the linear memory/,
    );
    expect(() => m.readU8(2 ** 40 + 5)).toThrow(/SystemError/);
    PyErr_Clear();
  });
  it("maps a foreign PyMemory at a stable address", () => {
    const m = linearMemory();
    const foreign = new PyMemory(8);
    foreign.u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const a = m.addressOf({ mem: foreign, offset: 2 });
    expect(a).toBeGreaterThanOrEqual(m.foreignBase);
    expect(m.addressOf({ mem: foreign, offset: 0 })).toBe(a - 2);
    expect(m.readU8(a)).toBe(3);
    m.writeU8(a + 1, 40);
    expect(foreign.u8[3]).toBe(40);
    expect(m.ptr(a, 6).mem).toBe(foreign);
    expect(() => m.readU8(a + 6)).toThrow(/outside the linear memory/);
    const other = new PyMemory(4);
    expect(m.addressOf({ mem: other, offset: 0 })).not.toBe(a - 2);
  });
  it("works over a host WebAssembly.Memory with the wasm32 ABI", () => {
    const wasm = new WebAssembly.Memory({ initial: 1, maximum: 100 });
    const m = initCApi({ abi: "wasm32", memory: wasm, heapBase: 1024 });
    try {
      const p = PyMem_Malloc(100);
      expect(p).toBeGreaterThanOrEqual(1024);
      m.writeU32(p, 77);
      expect(new DataView(wasm.buffer).getUint32(p, true)).toBe(77);
      const big = PyMem_Malloc(200_000);
      expect(big).toBeGreaterThan(0);
      expect(wasm.buffer.byteLength).toBeGreaterThanOrEqual(big + 200_000);
      m.writePtr(p, 0xfffffff0);
      expect(m.readPtr(p)).toBe(0xfffffff0);
      expect(m.foreignBase).toBe(2 ** 31);
      expect(m.addressOf({ mem: new PyMemory(4), offset: 1 })).toBeLessThan(2 ** 32);
    } finally {
      initCApi();
    }
    expect(linearMemory().abi).toBe(ABI_LP64);
    expect(capiLiveCounts().exports).toBe(0);
  });
  it("can be created standalone", () => {
    const m = new LinearMemory(ABI_WASM32);
    const p = m.allocator.malloc(8);
    m.writeSsize(p, -5);
    expect(m.readSsize(p)).toBe(-5);
  });
});
