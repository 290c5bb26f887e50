/**
 * An `ArgBridge` over a plain ArrayBuffer, for testing the argument engines
 * without a wasm runtime: objects get made-up addresses, C strings and
 * buffers are copied into the buffer, and the oracle's converters
 * (test/native/argoracle.c) are re-made in TypeScript.
 */
import {
  encodeString,
  getBuffer,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyBytes_AS_U8,
  PyBytes_Check,
} from "@py/buffer";
import {
  newException,
  PyError,
  PyExc_KeyError,
  PyExc_ValueError,
  PyLong_FromValue,
  type PyBaseExceptionObject,
  type PyObject,
  Py_DECREF,
  Py_INCREF,
} from "@py/object";
import { asLong } from "../src/args/c-ints.js";
import type { ArgBridge, CStore, DataModel, HeldBuffer } from "../src/index.js";

/** Converter "function pointers" of the fake (the oracle's converters by name). */
export const CONVERTERS: Record<string, number> = {
  conv_long: 0x10,
  conv_fail: 0x11,
  conv_raise: 0x12,
  conv_cleanup: 0x13,
  bconv_int: 0x20,
  bconv_null_error: 0x21,
};

export class FakeBridge implements ArgBridge {
  readonly mem = new ArrayBuffer(1 << 16);
  readonly dv = new DataView(this.mem);
  readonly u8 = new Uint8Array(this.mem);
  private top = 0x1000;
  private readonly byPtr = new Map<number, PyObject>();
  private readonly byObj = new Map<PyObject, number>();
  private readonly utf8 = new Map<PyObject, { ptr: number; len: number }>();
  pending: PyBaseExceptionObject | null = null;
  cleanupCalls = 0;
  /** Exports held and not released (must be empty after a parse + release). */
  readonly live = new Set<HeldBuffer>();
  readonly freed = new Set<number>();

  constructor(readonly model: DataModel) {}

  alloc(n: number): number {
    const p = this.top;
    this.top = (this.top + Math.max(n, 1) + 15) & ~15;
    if (this.top > this.mem.byteLength) throw new RangeError("fake memory exhausted");
    return p;
  }
  cStringOf(bytes: Uint8Array): number {
    const p = this.alloc(bytes.length + 1);
    this.u8.set(bytes, p);
    this.u8[p + bytes.length] = 0;
    return p;
  }

  cString(ptr: number): Uint8Array {
    if (ptr === 0) throw new Error("NULL char *");
    let e = ptr;
    while (this.u8[e] !== 0) e++;
    return this.u8.slice(ptr, e);
  }
  bytesAt(ptr: number, n: number): Uint8Array {
    return this.u8.slice(ptr, ptr + n);
  }
  store(addr: number, type: CStore, value: number | bigint): void {
    const dv = this.dv;
    const big = (): bigint => (typeof value === "bigint" ? value : BigInt(Math.trunc(value)));
    switch (type) {
      case "i8":
        dv.setUint8(addr, Number(BigInt.asUintN(8, big())));
        break;
      case "i16":
        dv.setUint16(addr, Number(BigInt.asUintN(16, big())), true);
        break;
      case "i32":
        dv.setUint32(addr, Number(BigInt.asUintN(32, big())), true);
        break;
      case "i64":
        dv.setBigUint64(addr, BigInt.asUintN(64, big()), true);
        break;
      case "f32":
        dv.setFloat32(addr, Number(value), true);
        break;
      case "f64":
        dv.setFloat64(addr, Number(value), true);
        break;
      case "ptr":
      case "ssize":
        if (this.model.ssize === 8) dv.setBigUint64(addr, BigInt.asUintN(64, big()), true);
        else dv.setUint32(addr, Number(BigInt.asUintN(32, big())), true);
        break;
    }
  }
  load(addr: number, type: CStore): number {
    const dv = this.dv;
    switch (type) {
      case "ptr":
        return this.model.ssize === 8 ? Number(dv.getBigUint64(addr, true)) : dv.getUint32(addr, true);
      case "ssize":
        return this.model.ssize === 8 ? Number(dv.getBigInt64(addr, true)) : dv.getInt32(addr, true);
      case "i8":
        return dv.getInt8(addr);
      case "i16":
        return dv.getInt16(addr, true);
      case "i32":
        return dv.getInt32(addr, true);
      case "i64":
        return Number(dv.getBigInt64(addr, true));
      case "f32":
        return dv.getFloat32(addr, true);
      case "f64":
        return dv.getFloat64(addr, true);
    }
  }
  copyIn(addr: number, data: Uint8Array): void {
    this.u8.set(data, addr);
  }
  malloc(n: number): number {
    return this.alloc(n);
  }
  free(p: number): void {
    this.freed.add(p);
  }

  objectAt(ptr: number): PyObject {
    const o = this.byPtr.get(ptr);
    if (o === undefined) throw new Error(`no object at ${ptr}`);
    return o;
  }
  ptrOf(o: PyObject): number {
    let p = this.byObj.get(o);
    if (p === undefined) {
      p = this.alloc(16);
      this.byObj.set(o, p);
      this.byPtr.set(p, o);
    }
    return p;
  }
  stealAt(ptr: number): PyObject {
    return this.objectAt(ptr);
  }
  utf8Of(o: PyObject): { ptr: number; len: number } {
    let r = this.utf8.get(o);
    if (r === undefined) {
      const bytes = encodeString((o as PyObject & { value: string }).value, "utf-8", "strict");
      r = { ptr: this.cStringOf(bytes), len: bytes.length };
      this.utf8.set(o, r);
    }
    return r;
  }
  bytesPtrOf(o: PyObject): number {
    const u8 = PyBytes_Check(o) ? PyBytes_AS_U8(o) : PyByteArray_Check(o) ? PyByteArray_AS_U8(o) : null;
    if (u8 === null) throw new Error("not bytes");
    return this.cStringOf(u8);
  }

  hasReleaseBuffer(o: PyObject): boolean {
    return o.ob_type.tp_as_buffer?.bf_releasebuffer !== undefined;
  }
  private writeView(addr: number, buf: number, obj: PyObject | null, len: number, readonly: boolean): void {
    const w = this.model.ssize;
    this.store(addr, "ptr", buf);
    this.store(addr + w, "ptr", obj === null ? 0 : this.ptrOf(obj));
    this.store(addr + 2 * w, "ssize", len);
    this.store(addr + 3 * w, "ssize", 1);
    this.store(addr + 4 * w, "i32", readonly ? 1 : 0);
  }
  getBuffer(o: PyObject, flags: number, viewAddr: number | null): HeldBuffer {
    const view = getBuffer(o, flags);
    const cContiguous = PyBuffer_IsContiguous(view, "C");
    const bytes = cContiguous
      ? view.buf.mem.u8.slice(view.buf.offset, view.buf.offset + view.len)
      : new Uint8Array(0);
    const buf = this.cStringOf(bytes);
    if (viewAddr !== null) this.writeView(viewAddr, buf, view.obj, view.len, view.readonly);
    const held: HeldBuffer = {
      buf,
      len: view.len,
      cContiguous,
      release: () => {
        this.live.delete(held);
        PyBuffer_Release(view);
      },
    };
    this.live.add(held);
    return held;
  }
  fillInfo(viewAddr: number, obj: PyObject | null, buf: number, len: number): HeldBuffer {
    if (obj !== null) Py_INCREF(obj);
    this.writeView(viewAddr, buf, obj, len, true);
    const held: HeldBuffer = {
      buf,
      len,
      cContiguous: true,
      release: () => {
        this.live.delete(held);
        if (obj !== null) Py_DECREF(obj);
      },
    };
    this.live.add(held);
    return held;
  }

  callConverter(fn: number, obj: PyObject | null, addr: number): number {
    switch (fn) {
      case CONVERTERS.conv_long:
        try {
          const v = asLong(obj!, this.model);
          this.store(addr, this.model.long === 8 ? "i64" : "i32", v);
          return 1;
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          this.pending = e.exc;
          return 0;
        }
      case CONVERTERS.conv_fail:
        return 0;
      case CONVERTERS.conv_raise:
        this.pending = newException(PyExc_ValueError, "converter refused");
        return 0;
      case CONVERTERS.conv_cleanup:
        if (obj === null) {
          this.cleanupCalls++;
          return 1;
        }
        this.store(addr, "ptr", this.ptrOf(obj));
        return 0x20000;
    }
    throw new Error(`no converter ${fn}`);
  }
  callBuildConverter(fn: number, arg: number): number {
    switch (fn) {
      case CONVERTERS.bconv_int:
        return this.ptrOf(PyLong_FromValue(this.dv.getInt32(arg, true)));
      case CONVERTERS.bconv_null_error:
        this.pending = newException(PyExc_KeyError, "bconv");
        return 0;
    }
    throw new Error(`no converter ${fn}`);
  }
  takeError(): PyBaseExceptionObject | null {
    const e = this.pending;
    this.pending = null;
    return e;
  }
}
