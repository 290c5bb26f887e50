/**
 * The argument engines (`../args/`: getargs, modsupport, FromFormat) on the
 * wasm runtime: C memory is the WebAssembly memory, `PyObject *` values are
 * header addresses, buffers are filled into C `Py_buffer` structs.
 */
import { PyBUF_SIMPLE } from "@py/buffer";
import { type PyBaseExceptionObject, PyExc_SystemError, type PyObject, raise } from "@py/object";
import type { ArgBridge, CStore, HeldBuffer } from "../args/bridge.js";
import { MODEL_WASM32 } from "../args/bridge.js";
import * as buf from "../buffer-api.js";
import { raiseIfError, takeException } from "../errors.js";
import * as objs from "../objects-api.js";
import { borrow, stealHandle } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { ptrOf } from "./calls.js";

function held(viewAddr: number, owned: boolean): HeldBuffer {
  const c = cRuntime();
  const L = c.mem.abi.pyBuffer;
  const b = c.mem.readU32(viewAddr + L.buf);
  const len = c.mem.readI32(viewAddr + L.len);
  const cContiguous = buf.PyBuffer_IsContiguous(viewAddr, "C") === 1;
  let released = false;
  return {
    buf: b,
    len,
    cContiguous,
    release() {
      if (released) return;
      released = true;
      buf.PyBuffer_Release(viewAddr);
      if (owned) c.mem.allocator.free(viewAddr);
    },
  };
}

/** The `ArgBridge` of the active C runtime. */
export const wasmArgBridge: ArgBridge = {
  model: MODEL_WASM32,
  cString: (p) => cRuntime().mem.readCStringBytes(p),
  bytesAt: (p, n) => cRuntime().mem.copyOut(p, n),
  store(addr: number, type: CStore, value: number | bigint) {
    const m = cRuntime().mem;
    // Integer stores only: a float (`d`, `f` units) is not a BigInt.
    const big = type === "f32" || type === "f64" ? 0n : BigInt(value);
    switch (type) {
      case "i8":
        return m.writeU8(addr, Number(BigInt.asUintN(8, big)));
      case "i16":
        return m.writeU16(addr, Number(BigInt.asUintN(16, big)));
      case "i32":
      case "ptr":
      case "ssize":
        return m.writeU32(addr, Number(BigInt.asUintN(32, big)));
      case "i64":
        return m.writeU64(addr, BigInt.asUintN(64, big));
      case "f32":
        return m.writeF32(addr, Number(value));
      case "f64":
        return m.writeF64(addr, Number(value));
    }
  },
  load(addr: number, type: CStore): number {
    const m = cRuntime().mem;
    switch (type) {
      case "i8":
        return m.readI8(addr);
      case "i16":
        return m.readI16(addr);
      case "i32":
      case "ssize":
        return m.readI32(addr);
      case "ptr":
        return m.readU32(addr);
      case "i64":
        return Number(m.readI64(addr));
      case "f32":
        return m.readF32(addr);
      case "f64":
        return m.readF64(addr);
    }
  },
  copyIn: (addr, data) => cRuntime().mem.copyIn(addr, data),
  malloc: (n) => cRuntime().mem.allocator.malloc(n),
  free: (p) => void cRuntime().mem.allocator.free(p),
  objectAt: (p) => borrow(p, "argument parsing"),
  ptrOf: (o) => ptrOf(o),
  stealAt: (p) => stealHandle(p as never),
  utf8Of(o: PyObject) {
    const p = objs.PyUnicode_AsUTF8(ptrOf(o) as never);
    if (p === 0) {
      raiseIfError();
      raise(PyExc_SystemError, "PyUnicode_AsUTF8 failed");
    }
    // The UTF-8 length, not strlen: a str may hold U+0000 (`s#`, `z#` give it whole).
    return { ptr: p, len: new TextEncoder().encode((o as PyObject & { value: string }).value).length };
  },
  bytesPtrOf(o: PyObject) {
    const h = ptrOf(o) as never;
    const p = o.ob_type.tp_name === "bytearray" ? objs.PyByteArray_AsString(h) : objs.PyBytes_AsString(h);
    if (p === 0) raiseIfError();
    return p;
  },
  hasReleaseBuffer: (o) => o.ob_type.tp_as_buffer?.bf_releasebuffer !== undefined,
  getBuffer(o: PyObject, flags: number, viewAddr: number | null): HeldBuffer {
    const c = cRuntime();
    const owned = viewAddr === null;
    const v = viewAddr ?? c.mem.allocator.malloc(c.mem.abi.pyBuffer.size);
    if (v === 0) raise(PyExc_SystemError, "out of memory for a Py_buffer");
    if (buf.PyObject_GetBuffer(ptrOf(o) as never, v, flags) < 0) {
      if (owned) c.mem.allocator.free(v);
      raiseIfError();
    }
    return held(v, owned);
  },
  fillInfo(viewAddr: number, obj: PyObject | null, b: number, len: number): HeldBuffer {
    if (buf.PyBuffer_FillInfo(viewAddr, ptrOf(obj) as never, b, len, 1, PyBUF_SIMPLE) < 0) raiseIfError();
    return held(viewAddr, false);
  },
  callConverter(fn: number, obj: PyObject | null, addr: number): number {
    return cRuntime().callC(fn, "O& converter", ptrOf(obj), addr);
  },
  callBuildConverter(fn: number, arg: number): number {
    return cRuntime().callC(fn, "O& converter", arg) >>> 0;
  },
  takeError(): PyBaseExceptionObject | null {
    // The indicator's reference goes with it (to the PyError the engine throws).
    return takeException();
  },
};
