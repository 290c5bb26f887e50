/**
 * The `struct` module for plain JS (`import { struct } from "@py/buffer"`):
 * `pack(fmt, ...values)` gives a `Uint8Array`, `unpack(fmt, bytes)` an
 * array of JS values, `iterUnpack` an iterator of them, `calcsize(fmt)` a
 * number. Values go through Python's own `struct` functions (`struct_pack`,
 * `struct_unpack`, `struct_iter_unpack` of `Modules/_struct.c`), so results
 * and errors are CPython 3.11's: a Python error arrives as a `PyError`
 * carrying the Python type (`e.type.tp_name`, `e.matches(StructError)`) and
 * message (`e.message`, as `struct.error: unpack requires a buffer of 4
 * bytes`). A wrong JS argument is a JS `TypeError` naming the parameter.
 *
 * Nothing here leaves a Python object to release, except the iterator of
 * `iterUnpack`: it holds the buffer (an export of a bytearray given as
 * `bytes`) until it is exhausted, `return()`ed, disposed (`using`) or, as a
 * fallback, garbage-collected.
 */
import {
  PyIter_Next,
  PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  SYMBOL_DISPOSE,
} from "@py/object";
import { _PyBytes_Peek, PyBytes_FromBytes, type PyBytesObject } from "../bytes/bytes.js";
import { calcsize as formatSize } from "../format/parse.js";
import { struct_iter_unpack, struct_pack, struct_unpack } from "../format/struct.js";
import { argumentError } from "./argument-error.js";
import { fromJs, type JsValue, toJs, viewBytes } from "./js-value.js";
import { cancelReleaseOnCollect, releaseOnCollect } from "./release-on-collect.js";

/** A value `pack` takes (see `fromJs`): bytes for `s`/`p`/`c` are a `Uint8Array` (or any view, or an `ArrayBuffer`). */
export type PackValue =
  | number
  | bigint
  | boolean
  | string
  | null
  | undefined
  | ArrayBuffer
  | ArrayBufferView
  | PyObject;

/** What `unpack` reads: JS bytes (copied once) or a Python object exporting a buffer (`bytes`, `bytearray`, `array`, `memoryview`). */
export type BytesSource = ArrayBuffer | SharedArrayBuffer | ArrayBufferView | PyObject;

/** The format as a str object (new reference), or a TypeError naming `fmt`. */
function formatArg(fn: string, fmt: unknown): PyObject {
  if (typeof fmt !== "string") throw argumentError(fn, "fmt", "a string", fmt);
  return PyUnicode_FromString(fmt);
}

/** The buffer argument as a Python object: a new reference (a bytes copy of JS bytes). */
function bufferArg(fn: string, buffer: unknown): PyObject {
  if (buffer instanceof PyObject) return Py_NewRef(buffer);
  const u8 = viewBytes(buffer);
  if (u8 === null) {
    throw argumentError(
      fn,
      "buffer",
      "an ArrayBuffer, a TypedArray, a DataView or a Python bytes-like object",
      buffer,
    );
  }
  return PyBytes_FromBytes(u8);
}

/** Calls `f(args)` with the arguments made by `make`, dropping every reference made. */
function withArgs<T>(make: (args: PyObject[]) => void, f: (args: PyObject[]) => T): T {
  const args: PyObject[] = [];
  try {
    make(args);
    return f(args);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** The items of a result tuple as JS values; drops the tuple. */
function tupleToJs(t: PyObject): JsValue[] {
  try {
    return toJs(t) as JsValue[];
  } finally {
    Py_DECREF(t);
  }
}

/**
 * `struct.pack(fmt, v1, v2, ...)`: the values packed by the format.
 * Mirrors `struct_pack` (`Modules/_struct.c`); the bytes are a new
 * `Uint8Array` (no Python object to release).
 */
export function pack(fmt: string, ...values: PackValue[]): Uint8Array {
  return withArgs(
    (args) => {
      args.push(formatArg("struct.pack", fmt));
      for (let i = 0; i < values.length; i++) args.push(fromJs(values[i], "struct.pack", `values[${i}]`));
    },
    (args) => {
      const r = struct_pack(args, null);
      try {
        return _PyBytes_Peek(r as PyBytesObject).slice();
      } finally {
        Py_DECREF(r);
      }
    },
  );
}

/**
 * `struct.unpack(fmt, buffer)`: the values of the one record that is all of
 * `buffer`, as JS values. Mirrors `struct_unpack` (`Modules/_struct.c`).
 */
export function unpack(fmt: string, buffer: BytesSource): JsValue[] {
  return withArgs(
    (args) => {
      args.push(formatArg("struct.unpack", fmt));
      args.push(bufferArg("struct.unpack", buffer));
    },
    (args) => tupleToJs(struct_unpack(args, null)),
  );
}

/**
 * The iterator of `iterUnpack`: one array of JS values per record; holds
 * the buffer until exhausted, `return()`ed or disposed.
 */
export class StructIterator implements IterableIterator<JsValue[]> {
  #it: PyObject | null;

  /** Takes over `it` (a new reference to a `_struct.unpack_iterator`). */
  constructor(it: PyObject) {
    this.#it = it;
    releaseOnCollect(this, () => Py_DECREF(it));
  }

  /** The next record (`unpackiter_iternext`); done at the end, when the buffer is let go. */
  next(): IteratorResult<JsValue[], undefined> {
    const it = this.#it;
    if (it === null) return { done: true, value: undefined };
    const item = PyIter_Next(it);
    if (item === null) {
      this.release();
      return { done: true, value: undefined };
    }
    return { done: false, value: tupleToJs(item) };
  }

  /** Stops early (a `break` out of `for...of` calls it): the buffer is let go. */
  return(): IteratorResult<JsValue[], undefined> {
    this.release();
    return { done: true, value: undefined };
  }

  [Symbol.iterator](): this {
    return this;
  }

  /** Lets the buffer go (drops the Python iterator); further `next()` calls are done. */
  release(): void {
    const it = this.#it;
    if (it === null) return;
    this.#it = null;
    cancelReleaseOnCollect(this);
    Py_DECREF(it);
  }

  /** `using it = struct.iterUnpack(...)`: `release()` at scope exit. */
  [SYMBOL_DISPOSE](): void {
    this.release();
  }
}

/**
 * `struct.iter_unpack(fmt, buffer)`: the records of `buffer` one after the
 * other, each as an array of JS values. Mirrors `struct_iter_unpack`
 * (`Modules/_struct.c`): the buffer size must be a multiple of the record
 * size, and a record size of zero is an error.
 */
export function iterUnpack(fmt: string, buffer: BytesSource): StructIterator {
  const it = withArgs(
    (args) => {
      args.push(formatArg("struct.iterUnpack", fmt));
      args.push(bufferArg("struct.iterUnpack", buffer));
    },
    (args) => struct_iter_unpack(args, null),
  );
  return new StructIterator(it);
}

/**
 * `struct.calcsize(fmt)`: the size in bytes of a record. Mirrors
 * `struct_calcsize` (`Modules/_struct.c`). A size beyond
 * `Number.MAX_SAFE_INTEGER` (a valid format in CPython) is a `RangeError`.
 */
export function calcsize(fmt: string): number {
  if (typeof fmt !== "string") throw argumentError("struct.calcsize", "fmt", "a string", fmt);
  const size = formatSize(fmt);
  if (typeof size === "bigint") {
    throw new RangeError(`struct.calcsize(): the size ${size} is beyond Number.MAX_SAFE_INTEGER`);
  }
  return size;
}
