/**
 * The argument engines beyond what the oracle fixture compares: the wasm32
 * `va_list` layout, memory growth between reads, and reference counts
 * (`N` steals, a failed build drops what it stole, parse outputs are borrowed).
 */
import { PyLong_FromValue, PyTuple_Pack, PyUnicode_FromString, Py_INCREF, Py_REFCNT, repr } from "@py/object";
import { describe, expect, it } from "vitest";
import { ArrayVaList, MODEL_WASM32, PyArg_ParseTuple, Py_BuildValue, Wasm32VaList } from "../src/index.js";
import { unicodeFromFormat } from "../src/args/from-format.js";
import { FakeBridge } from "./args-fake-bridge.js";

describe("Wasm32VaList", () => {
  it("reads promoted arguments at their natural alignment", () => {
    // printf("%d %lld %f %p %u", -5, 1LL << 40, 2.5, (void *)0x1234, 7u) as clang lays it out
    const buf = new ArrayBuffer(64);
    const dv = new DataView(buf);
    dv.setInt32(0, -5, true);
    dv.setBigInt64(8, 1n << 40n, true); // 8-aligned: 4..7 is padding
    dv.setFloat64(16, 2.5, true);
    dv.setUint32(24, 0x1234, true);
    dv.setUint32(28, 7, true);
    const va = new Wasm32VaList(() => dv, 0);
    expect(va.int32()).toBe(-5);
    expect(va.int64()).toBe(1n << 40n);
    expect(va.double()).toBe(2.5);
    expect(va.ptr()).toBe(0x1234);
    expect(va.uint32()).toBe(7);
    expect(va.address).toBe(32);
  });

  it("re-reads the memory's buffer at every read (growth replaces it)", () => {
    let dv = new DataView(new ArrayBuffer(16));
    dv.setInt32(0, 1, true);
    const va = new Wasm32VaList(() => dv, 0);
    expect(va.int32()).toBe(1);
    const grown = new DataView(new ArrayBuffer(32));
    grown.setInt32(4, 2, true);
    dv = grown;
    expect(va.int32()).toBe(2);
  });

  it("drives the engines from linear memory", () => {
    const b = new FakeBridge(MODEL_WASM32);
    const s = b.cStringOf(new TextEncoder().encode("x\u00e9"));
    const area = b.alloc(32);
    b.dv.setInt32(area, 42, true);
    b.dv.setFloat64(area + 8, 0.5, true);
    b.dv.setUint32(area + 16, s, true);
    const r = Py_BuildValue(b, "(ids)", new Wasm32VaList(() => b.dv, area));
    expect(repr(r)).toBe("(42, 0.5, 'x\u00e9')");
    b.dv.setInt32(area + 20, -9, true);
    b.dv.setUint32(area + 24, s, true);
    expect(unicodeFromFormat(b, "%d|%s", new Wasm32VaList(() => b.dv, area + 20))).toBe("-9|x\u00e9");
  });
});

describe("%p", () => {
  it("prints as wasi-libc's snprintf, with CPython's 0x prefix (0x1234, NULL 0x0)", () => {
    const b = new FakeBridge(MODEL_WASM32);
    expect(unicodeFromFormat(b, "%p %p %p", new ArrayVaList([0x1234, 0, 0xdeadbeef]))).toBe(
      "0x1234 0x0 0xdeadbeef",
    );
  });
});

describe("reference counts", () => {
  it("N steals, O borrows", () => {
    const b = new FakeBridge(MODEL_WASM32);
    const o = PyUnicode_FromString("kept");
    const n = PyUnicode_FromString("stolen");
    const r = Py_BuildValue(b, "(ON)", new ArrayVaList([b.ptrOf(o), b.ptrOf(n)]));
    expect(Py_REFCNT(o)).toBe(2); // ours + the tuple's
    expect(Py_REFCNT(n)).toBe(1); // the tuple's (ours went in)
    void r;
  });

  it("a failed build drops the references it stole, and the items built so far", () => {
    const b = new FakeBridge(MODEL_WASM32);
    const n1 = PyUnicode_FromString("a");
    const n2 = PyUnicode_FromString("b");
    Py_INCREF(n1);
    Py_INCREF(n2); // the C caller's references, about to be stolen
    expect(() => Py_BuildValue(b, "(NOi[N])", new ArrayVaList([b.ptrOf(n1), 0, 1, b.ptrOf(n2)]))).toThrow(
      "NULL object passed to Py_BuildValue",
    );
    expect(Py_REFCNT(n1)).toBe(1);
    expect(Py_REFCNT(n2)).toBe(1);
  });

  it("parse outputs are borrowed; a failed parse releases its buffers", () => {
    const b = new FakeBridge(MODEL_WASM32);
    const x = PyLong_FromValue(123456);
    const args = PyTuple_Pack([x]);
    const before = Py_REFCNT(x);
    const slot = b.alloc(8);
    PyArg_ParseTuple(b, args, "O", new ArrayVaList([slot]));
    expect(b.load(slot, "ptr")).toBe(b.ptrOf(x));
    expect(Py_REFCNT(x)).toBe(before);
    const bytesArgs = PyTuple_Pack([PyUnicode_FromString("abc"), PyLong_FromValue(1)]);
    const view = b.alloc(64);
    expect(() => PyArg_ParseTuple(b, bytesArgs, "s*s", new ArrayVaList([view, slot]))).toThrow(
      "argument 2 must be str, not int",
    );
    expect(b.live.size).toBe(0);
  });
});
