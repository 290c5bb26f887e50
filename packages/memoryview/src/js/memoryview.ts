/**
 * `memoryview` for plain JS (`import { memoryview } from "@py/memoryview"`),
 * in the spirit of Pyodide's `PyBuffer`/`toJs`: a view of a TypedArray,
 * `ArrayBuffer`, `DataView` or Python exporter with Python's semantics
 * (`cast`, slicing, indexing, `tolist`, `tobytes`, `hex`, `release`), JS
 * values out, and a zero-copy strided descriptor (`getBuffer()`).
 *
 * Every `MemoryView` owns one reference to its `PyMemoryViewObject`, given
 * back by `release()` (which also ends the view's export, as Python's
 * `release()`), by `using` (`[Symbol.dispose]`), or, if the caller forgets
 * both, when the wrapper is garbage-collected (a `FinalizationRegistry`):
 * a forgotten view never leaves a bytearray locked by an export forever.
 *
 * Python errors arrive as `PyError`s carrying the Python type and message
 * (`e.type.tp_name === "BufferError"`, `e.message`), wrong JS arguments as
 * a JS `TypeError` naming the parameter.
 */
import {
  type JsValue,
  PyBUF_FULL,
  PyBUF_READ,
  PyBUF_WRITE,
  PyBuffer_Release,
  PyMemory,
  argumentError,
  cancelReleaseOnCollect,
  getBuffer,
  releaseOnCollect,
  toJs,
  viewBytes,
} from "@py/buffer";
import {
  PyExc_ValueError,
  PyList_FromArray,
  PyLong_FromValue,
  PyObject,
  PyObject_CallMethod,
  PyObject_GetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  SYMBOL_DISPOSE,
  raise,
} from "@py/object";
import "../memoryview-type.js";
import { type JsItem, iterateJs } from "../js-iterate.js";
import {
  PyMemoryView_Check,
  PyMemoryView_FromMemory,
  PyMemoryView_FromObject,
  PyMemoryView_FromObjectAndFlags,
  type PyMemoryViewObject,
  checkReleased,
} from "../memoryview.js";
import { memoryLength } from "../subscript.js";
import { type BufferDescriptor, bufferDescriptor } from "./buffer-descriptor.js";
import { typedArrayFormat } from "./typed-array-format.js";

/** What `memoryview()` views: JS memory, a Python exporter, or another `MemoryView`. */
export type MemoryViewSource = ArrayBuffer | SharedArrayBuffer | ArrayBufferView | PyObject | MemoryView;

/** Options of `memoryview()`. */
export interface MemoryViewOptions {
  /**
   * The struct format of an item (a cast from bytes, as `m.cast(format)`):
   * by default the TypedArray's own (`Float64Array` → `"d"`), `"B"` for an
   * `ArrayBuffer` or `DataView`, the exporter's for a Python object.
   */
  format?: string;
  /** The shape (a cast, as `m.cast(format, shape)`); by default 1-D. */
  shape?: readonly number[];
  /**
   * `true`: a read-only view. `false`: a writable one (a read-only Python
   * exporter then raises its `BufferError`). By default JS memory is
   * writable and a Python exporter's view is as the exporter gives it.
   */
  readonly?: boolean;
}

/** An index or slice bound: an integer. */
export type Index = number | bigint;

/** A view released by the wrapper: CPython's message for any use of it. */
function raiseReleased(): never {
  raise(PyExc_ValueError, "operation forbidden on released memoryview object");
}

/** An integer argument as an int object (new reference), or a TypeError naming `param`. */
function intArg(fn: string, param: string, v: unknown): PyObject {
  if (typeof v === "bigint" || (typeof v === "number" && Number.isInteger(v))) return PyLong_FromValue(v);
  throw argumentError(fn, param, "an integer (a number or bigint)", v);
}

/** An optional integer argument: None for null or undefined. New reference. */
function optionalIntArg(fn: string, param: string, v: unknown): PyObject {
  return v === undefined || v === null ? Py_NewRef(Py_None) : intArg(fn, param, v);
}

/** Calls `f` with `args`, then drops them. */
function callDropping<T>(args: PyObject[], f: (args: PyObject[]) => T): T {
  try {
    return f(args);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** A Python result as a JS value; drops it. */
function resultToJs(r: PyObject): JsValue {
  try {
    return toJs(r);
  } finally {
    Py_DECREF(r);
  }
}

/** A JS view of a memoryview: owns one reference to it (see the file's comment). */
export class MemoryView implements Disposable, Iterable<JsItem> {
  #mv: PyMemoryViewObject | null;

  /** Takes over `mv`, a new reference (use `memoryview()` to make one). */
  constructor(mv: PyMemoryViewObject) {
    if (!(mv instanceof PyObject) || !PyMemoryView_Check(mv)) {
      throw argumentError("MemoryView", "mv", "a Python memoryview object", mv);
    }
    this.#mv = mv;
    releaseOnCollect(this, () => Py_DECREF(mv));
  }

  /** The memoryview object, borrowed from this wrapper: for the CPython-named API. */
  get py(): PyMemoryViewObject {
    return this.#mv ?? raiseReleased();
  }

  /** The unreleased view. */
  #live(): PyMemoryViewObject {
    const mv = this.py;
    checkReleased(mv);
    return mv;
  }

  /** Whether the view is released (`m.release()` here or on `py`). */
  get released(): boolean {
    const mv = this.#mv;
    if (mv === null) return true;
    try {
      checkReleased(mv);
      return false;
    } catch {
      return true;
    }
  }

  /** `m.format`. */
  get format(): string {
    return this.#live().view.format;
  }
  /** `m.itemsize`. */
  get itemsize(): number {
    return this.#live().view.itemsize;
  }
  /** `m.ndim`. */
  get ndim(): number {
    return this.#live().view.ndim;
  }
  /** `m.shape` (`[]` for a 0-d view). */
  get shape(): number[] {
    return this.#live().view.shape.slice();
  }
  /** `m.strides`, in bytes (`[]` for a 0-d view). */
  get strides(): number[] {
    return this.#live().view.strides.map(Number);
  }
  /** `m.readonly`. */
  get readonly(): boolean {
    return this.#live().view.readonly;
  }
  /** `m.nbytes`. */
  get nbytes(): number {
    return this.#live().view.len;
  }
  /** `len(m)`: the first dimension (1 for a 0-d view, as CPython 3.11's `memory_length`). */
  get length(): number {
    return Number(memoryLength(this.py));
  }

  /** Calls method `name` of the view with `args` (dropped after), the result a new reference. */
  #call(name: string, args: PyObject[] = []): PyObject {
    const mv = this.py;
    return callDropping(args, (a) => PyObject_CallMethod(mv, name, a));
  }

  /** `m.cast(format[, shape])`: a new view of the same memory (`memoryview_cast_impl`). */
  cast(format: string, shape?: readonly number[]): MemoryView {
    if (typeof format !== "string") throw argumentError("MemoryView.cast", "format", "a string", format);
    return new MemoryView(
      this.#call("cast", castArgs("MemoryView.cast", format, shape)) as PyMemoryViewObject,
    );
  }

  /** `m[start:stop:step]` (null or omitted: None): a new view (`memory_subscript` with a slice). */
  slice(start?: Index | null, stop?: Index | null, step?: Index | null): MemoryView {
    const mv = this.py;
    const bounds = [
      optionalIntArg("MemoryView.slice", "start", start),
      optionalIntArg("MemoryView.slice", "stop", stop),
      optionalIntArg("MemoryView.slice", "step", step),
    ];
    const key = callDropping(bounds, ([a, b, c]) => PySlice_New(a!, b!, c!));
    return callDropping([key], () => new MemoryView(PyObject_GetItem(mv, key) as PyMemoryViewObject));
  }

  /**
   * `m[i]`, `m[i, j, ...]` or, with no index, `m[()]` (a 0-d view's item):
   * the item as a JS value (`memory_subscript`).
   */
  at(...index: Index[]): JsValue {
    const mv = this.py;
    const ints: PyObject[] = [];
    try {
      for (let d = 0; d < index.length; d++) ints.push(intArg("MemoryView.at", `index[${d}]`, index[d]));
    } catch (e) {
      for (const o of ints) Py_DECREF(o);
      throw e;
    }
    const key = ints.length === 1 ? ints[0]! : PyTuple_Pack(ints);
    return callDropping([key], () => resultToJs(PyObject_GetItem(mv, key)));
  }

  /** `m.tolist()` as JS values: nested arrays for N-D, the item for 0-d. */
  toList(): JsValue {
    return resultToJs(this.#call("tolist"));
  }

  /** `m.tobytes(order)`: a copy of the items' bytes in order `'C'` (default), `'F'` or `'A'`. */
  toBytes(order?: "C" | "F" | "A"): Uint8Array {
    if (order !== undefined && typeof order !== "string") {
      throw argumentError("MemoryView.toBytes", "order", "'C', 'F' or 'A'", order);
    }
    return resultToJs(
      this.#call("tobytes", order === undefined ? [] : [PyUnicode_FromString(order)]),
    ) as Uint8Array;
  }

  /** `m.hex([sep[, bytes_per_sep]])`. */
  hex(sep?: string, bytesPerSep?: number): string {
    const args: PyObject[] = [];
    if (sep !== undefined) {
      if (typeof sep !== "string") throw argumentError("MemoryView.hex", "sep", "a string", sep);
      args.push(PyUnicode_FromString(sep));
      if (bytesPerSep !== undefined) args.push(intArg("MemoryView.hex", "bytesPerSep", bytesPerSep));
    }
    return resultToJs(this.#call("hex", args)) as string;
  }

  /** `m.toreadonly()`: a read-only view of the same memory. */
  toReadonly(): MemoryView {
    return new MemoryView(this.#call("toreadonly") as PyMemoryViewObject);
  }

  /**
   * The zero-copy strided descriptor of the view's memory (see
   * `BufferDescriptor`); an export of the view until it is released.
   */
  getBuffer(): BufferDescriptor {
    return bufferDescriptor(this.py);
  }

  /** The items of a 1-D view as JS values (`for (const x of m)`). */
  [Symbol.iterator](): Iterator<JsItem> {
    return iterateJs(this.#live());
  }

  /**
   * `m.release()`, then gives the wrapper's reference back: the view's
   * export of its base ends now. Raises `BufferError` (and keeps the view)
   * while a `getBuffer()` descriptor of it is unreleased. A second call
   * does nothing.
   */
  release(): void {
    const mv = this.#mv;
    if (mv === null) return;
    Py_DECREF(PyObject_CallMethod(mv, "release"));
    this.#mv = null;
    cancelReleaseOnCollect(this);
    Py_DECREF(mv);
  }

  /** `using m = memoryview(...)`: `release()` at scope exit. */
  [SYMBOL_DISPOSE](): void {
    this.release();
  }
}

/** The arguments of `cast`: format and optional shape (new references). */
function castArgs(fn: string, format: string, shape: readonly number[] | undefined): PyObject[] {
  const args: PyObject[] = [PyUnicode_FromString(format)];
  if (shape === undefined) return args;
  if (!Array.isArray(shape)) {
    Py_DECREF(args[0]!);
    throw argumentError(fn, "shape", "an array of integers", shape);
  }
  const dims: PyObject[] = [];
  try {
    for (let d = 0; d < shape.length; d++) dims.push(intArg(fn, `shape[${d}]`, shape[d]));
  } catch (e) {
    for (const o of [...args, ...dims]) Py_DECREF(o);
    throw e;
  }
  args.push(PyList_FromArray(dims));
  return args;
}

/** The view of `source` before any cast: a new memoryview reference. */
function baseView(source: unknown, readonly: boolean | undefined): PyMemoryViewObject {
  if (source instanceof MemoryView) return PyMemoryView_FromObject(source.py);
  if (source instanceof PyObject) {
    return readonly === false
      ? PyMemoryView_FromObjectAndFlags(source, PyBUF_FULL)
      : PyMemoryView_FromObject(source);
  }
  const u8 = viewBytes(source);
  if (u8 === null) {
    throw argumentError(
      "memoryview",
      "source",
      "a TypedArray, DataView, ArrayBuffer, SharedArrayBuffer, Python object or MemoryView",
      source,
    );
  }
  const ptr = { mem: new PyMemory(u8.buffer), offset: u8.byteOffset };
  return PyMemoryView_FromMemory(ptr, u8.byteLength, readonly === true ? PyBUF_READ : PyBUF_WRITE);
}

/** Checks the options object; returns it. */
function checkOptions(options: unknown): MemoryViewOptions {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null) {
    throw argumentError("memoryview", "options", "an object", options);
  }
  const o = options as MemoryViewOptions;
  if (o.format !== undefined && typeof o.format !== "string") {
    throw argumentError("memoryview", "options.format", "a string", o.format);
  }
  if (o.shape !== undefined) {
    if (!Array.isArray(o.shape)) {
      throw argumentError("memoryview", "options.shape", "an array of integers", o.shape);
    }
    o.shape.forEach((n: unknown, d) => {
      if (typeof n !== "bigint" && !(typeof n === "number" && Number.isInteger(n))) {
        throw argumentError("memoryview", `options.shape[${d}]`, "an integer (a number or bigint)", n);
      }
    });
  }
  if (o.readonly !== undefined && typeof o.readonly !== "boolean") {
    throw argumentError("memoryview", "options.readonly", "a boolean", o.readonly);
  }
  return o;
}

/**
 * A view of `source` (see `MemoryViewOptions`): `memoryview(x)`, then
 * `.cast(format, shape)` when a format or shape is asked for or a TypedArray
 * has items other than bytes, then `.toreadonly()` when `readonly` is true.
 * Zero-copy: a TypedArray's or ArrayBuffer's own memory, a Python
 * exporter's buffer (an export of it until the view is released). Mirrors
 * `PyMemoryView_FromMemory` / `PyMemoryView_FromObject` and
 * `memoryview_cast_impl`.
 */
export function memoryview(source: MemoryViewSource, options?: MemoryViewOptions): MemoryView {
  const { format, shape, readonly } = checkOptions(options);
  let view = new MemoryView(baseView(source, readonly));
  const isJs = !(source instanceof PyObject) && !(source instanceof MemoryView);
  const castTo = format ?? (isJs ? typedArrayFormat(source) : null);
  try {
    if (shape !== undefined || (castTo !== null && castTo !== view.format)) {
      const cast = view.cast(castTo ?? view.format, shape);
      view.release();
      view = cast;
    }
    if (readonly === true && !view.readonly) {
      const ro = view.toReadonly();
      view.release();
      view = ro;
    }
    if (readonly === false && view.readonly) {
      // The view's own refusal: `BufferError: memoryview: underlying buffer is not writable`.
      PyBuffer_Release(getBuffer(view.py, PyBUF_FULL));
    }
  } catch (e) {
    view.release();
    throw e;
  }
  return view;
}
