/**
 * What the argument engines (getargs, modsupport, FromFormat) need from the
 * runtime that calls them: C memory and `PyObject *` addresses. The engines
 * never touch memory or handle tables themselves, so the wasm runtime and the
 * tests (an ArrayBuffer) plug in their own.
 */
import type { PyBaseExceptionObject, PyObject } from "@py/object";

/** Widths of the C types whose size differs between platforms. */
export interface DataModel {
  /** `sizeof(long)`: 4 on wasm32 (ILP32), 8 on x86-64 Linux (LP64). */
  readonly long: 4 | 8;
  /** `sizeof(Py_ssize_t)` = `sizeof(size_t)` = `sizeof(void *)`. */
  readonly ssize: 4 | 8;
  /** `sizeof(wchar_t)` (`Py_BuildValue("u")`): 4 on wasi and Linux. */
  readonly wchar: 2 | 4;
}

/** wasm32 (clang, wasi-libc): int/long/size_t/pointers 32 bits, long long 64. */
export const MODEL_WASM32: DataModel = { long: 4, ssize: 4, wchar: 4 };
/** x86-64 Linux (the native oracle). */
export const MODEL_LP64: DataModel = { long: 8, ssize: 8, wchar: 4 };

/** A C scalar stored through an output pointer. `ptr` and `ssize` have the model's pointer width. */
export type CStore = "i8" | "i16" | "i32" | "i64" | "f32" | "f64" | "ptr" | "ssize";

/**
 * A buffer export the engine holds (`Py_buffer`): `buf` is the address of
 * the first byte, `len` its length. `release()` is `PyBuffer_Release`.
 */
export interface HeldBuffer {
  readonly buf: number;
  readonly len: number;
  /** `PyBuffer_IsContiguous(view, 'C')`. */
  readonly cContiguous: boolean;
  release(): void;
}

/** The memory/object bridge between the engines and a runtime. */
export interface ArgBridge {
  readonly model: DataModel;

  // ---- memory
  /** The bytes of the NUL-terminated string at `ptr` (without the NUL). */
  cString(ptr: number): Uint8Array;
  /** A copy of `n` bytes at `ptr`. */
  bytesAt(ptr: number, n: number): Uint8Array;
  /** Writes `value` as the C type `type` at `addr` (integers wrap to the width). */
  store(addr: number, type: CStore, value: number | bigint): void;
  /** Reads a C scalar (`Py_ssize_t *` inputs of `es#`, `char **` of `es`, `kwlist[i]`). */
  load(addr: number, type: CStore): number;
  /** Copies `data` to `addr`. */
  copyIn(addr: number, data: Uint8Array): void;
  /** `PyMem_Malloc(n)` (0 when out of memory) and `PyMem_Free(p)`. */
  malloc(n: number): number;
  free(p: number): void;

  // ---- objects
  /** The object at a `PyObject *` (borrowed; 0 is never passed). */
  objectAt(ptr: number): PyObject;
  /** The `PyObject *` of `o`, borrowed: valid while `o` lives. */
  ptrOf(o: PyObject): number;
  /** Takes over the reference a C caller owns (`Py_BuildValue("N")`, a converter's result). */
  stealAt(ptr: number): PyObject;
  /**
   * `PyUnicode_AsUTF8AndSize`: the address of a NUL-terminated UTF-8 copy of
   * str `o` that lives as long as `o`, and its length. Throws (UnicodeEncodeError) for lone surrogates.
   */
  utf8Of(o: PyObject): { ptr: number; len: number };
  /** The address of the bytes of a bytes or bytearray object (`PyBytes_AS_STRING`; not used at present). */
  bytesPtrOf?(o: PyObject): number;

  // ---- buffers
  /** Whether `o`'s type has `bf_releasebuffer` (`s#`/`y` refuse such exporters). */
  hasReleaseBuffer(o: PyObject): boolean;
  /**
   * `PyObject_GetBuffer(o, view, flags)`; throws the exporter's error. With
   * `viewAddr` the C `Py_buffer` at that address is filled (and released by `release()`).
   */
  getBuffer(o: PyObject, flags: number, viewAddr: number | null): HeldBuffer;
  /** `PyBuffer_FillInfo(view, obj, buf, len, readonly=1, PyBUF_SIMPLE)` on the `Py_buffer` at `viewAddr`. */
  fillInfo(viewAddr: number, obj: PyObject | null, buf: number, len: number): HeldBuffer;

  // ---- calls into C
  /** `O&` of getargs: `converter(obj, addr)`; `obj` null is the cleanup call `converter(NULL, addr)`. */
  callConverter(fn: number, obj: PyObject | null, addr: number): number;
  /** `O&` of Py_BuildValue: `converter(arg)`, a new reference or 0 (error set). */
  callBuildConverter(fn: number, arg: number): number;
  /** `PyErr_Occurred()` + fetch: takes the exception C code left in the indicator (or null). */
  takeError(): PyBaseExceptionObject | null;

  // ---- dict of Py_BuildValue "{...}" (optional: @py/object's dict by default)
  newDict?(): PyObject;
  /** `PyDict_SetItem(d, k, v)` (borrowed k and v). */
  dictSetItem?(d: PyObject, k: PyObject, v: PyObject): void;
}
