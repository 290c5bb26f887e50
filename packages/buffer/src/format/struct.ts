/**
 * The `struct` module as Python objects, as CPython 3.11's `Modules/_struct.c`
 * (plus `Lib/struct.py`, which re-exports `_struct`): the functions `pack`,
 * `pack_into`, `unpack`, `unpack_from`, `iter_unpack`, `calcsize`, the type
 * `_struct.Struct`, the iterator `_struct.unpack_iterator` and `struct.error`.
 *
 * Buffers are taken as CPython does: `unpack`/`unpack_from`/`iter_unpack` ask
 * for a simple (C-contiguous, read-only is fine) buffer, `pack_into` for a
 * writable one (`w*`: any failure becomes `TypeError: argument must be
 * read-write bytes-like object, not T`). Every view taken is released before
 * returning, except the one an unpack iterator holds until it is exhausted or
 * deallocated.
 */
import {
  type ArgSpec,
  checkOneArg,
  checkPositional,
  isPyError,
  type KwArgs,
  METH_FASTCALL,
  noKeywords,
  parseArgs,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  PyCFunction_New,
  PyExc_IndexError,
  PyExc_MemoryError,
  PyExc_OverflowError,
  PyExc_TypeError,
  PyLong_AsSsize_t,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyModule_AddObject,
  PyModule_New,
  PyNumber_AsSsize_t,
  PyNumber_Index,
  PyObject,
  PyObject_Hash,
  PyObject_TypeCheck,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  raise,
  type Py_ssize_t,
  ssize_add,
  ssize_big,
  ssize_sub,
  PyBytes_Type,
  Py_EQ,
  PyLong_FromValue,
  type PyLongObject,
  PyLong_Type,
  PyObject_RichCompareBool,
  PyUnicode_Type,
  type PyUnicodeObject,
} from "@py/object";
import {
  _PyBytes_Adopt,
  PyBytes_AS_U8,
  PyBytes_Check,
  PyBytes_FromBytes,
  type PyBytesObject,
} from "../bytes/bytes.js";
import { encodeString } from "../bytes/codec.js";
import { StructError, type StructFormat } from "./format-code.js";
import { parseFormat } from "./parse.js";
import { packRecord, plainValues, unpackRecord } from "./record.js";
import { type PyByteArrayObject, PyByteArray_Type } from "../bytes/bytearray.js";
import { PyBuffer_IsContiguous } from "../protocol/contiguity.js";
import { PyBUF_SIMPLE, PyBUF_WRITABLE } from "../protocol/flags.js";
import { getBuffer, PyBuffer_Release, PyObject_GetBuffer } from "../protocol/getbuffer.js";
import { emptyPyBuffer, type Py_buffer } from "../protocol/py-buffer.js";

// ---- the format argument ---------------------------------------------------

/**
 * `Struct.__init__`'s conversion of the format: a str (ASCII-encoded; other
 * characters raise UnicodeEncodeError) or bytes, as a JS string of byte values.
 */
function formatString(fmt: PyObject): string {
  if (PyUnicode_Check(fmt)) {
    const s = fmt.value;
    // Fast path: plain ASCII.
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 128) {
        encodeString(s, "ascii");
        break;
      }
    }
    return s;
  }
  if (PyBytes_Check(fmt)) {
    const u8 = PyBytes_AS_U8(fmt);
    let s = "";
    for (let i = 0; i < u8.length; i++) s += String.fromCharCode(u8[i]!);
    return s;
  }
  raise(PyExc_TypeError, `Struct() argument 1 must be a str or bytes object, not ${fmt.ob_type.shortName}`);
}

/** `MAXCACHE` of `_struct.c`: the cache is emptied when it holds this many formats. */
const MAXCACHE = 100;

/**
 * The module's format cache (`state->cache`): CPython keys it by the format
 * object; only exact str and bytes formats are cached here (a subclass is
 * rebuilt each time, with the same result), so the key is their text, which
 * owns no reference: a str's own JS string in `strCache` (no new string per
 * look-up, its hash is cached by the engine), a bytes' latin-1 text in
 * `bytesCache`. Together they hold at most `MAXCACHE` formats.
 */
const strCache = new Map<string, StructFormat>();
const bytesCache = new Map<string, StructFormat>();

/** The last `strCache` hit: its key and format (cleared with the cache). */
let lastText = "";
let lastFormat: StructFormat | null = null;

/** The latin-1 text of an exact bytes format (its `bytesCache` key). */
function bytesKey(fmt: PyBytesObject): string {
  const u8 = PyBytes_AS_U8(fmt);
  let k = "";
  for (let i = 0; i < u8.length; i++) k += String.fromCharCode(u8[i]!);
  return k;
}

/** Whether `fmt` is an exact bytes object (a `bytesCache` key). */
function isExactBytes(fmt: PyObject): fmt is PyBytesObject {
  return fmt.ob_type === PyBytes_Type && PyBytes_Check(fmt);
}

/** The bytes object of a `bytesCache` key (a new reference). */
function bytesKeyObject(text: string): PyObject {
  const u8 = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) u8[i] = text.charCodeAt(i);
  return PyBytes_FromBytes(u8);
}

/** Whether the key object `ko` (a new reference, released here) hashes to `h` and equals `fmt`. */
function keyMatches(ko: PyObject, h: number, fmt: PyObject): boolean {
  try {
    return PyObject_Hash(ko) === h && PyObject_RichCompareBool(ko, fmt, Py_EQ);
  } finally {
    Py_DECREF(ko);
  }
}

/**
 * `PyDict_GetItemWithError(cache, fmt)`: by hash, then by `==`, so any
 * hashable object equal to a cached format (a memoryview of the same bytes)
 * finds it; an unhashable one raises `unhashable type`.
 */
function cacheLookup(fmt: PyObject): StructFormat | null {
  if (fmt.ob_type === PyUnicode_Type) {
    const text = (fmt as PyUnicodeObject).value;
    // The last str format looked up (a loop repeats one): one string compare, no hash probe.
    if (text === lastText && lastFormat !== null) return lastFormat;
    const sf = strCache.get(text) ?? null;
    if (sf !== null) {
      lastText = text;
      lastFormat = sf;
    }
    return sf;
  }
  if (isExactBytes(fmt)) return bytesCache.get(bytesKey(fmt)) ?? null;
  const h = PyObject_Hash(fmt);
  for (const [text, sf] of strCache) if (keyMatches(PyUnicode_FromString(text), h, fmt)) return sf;
  for (const [text, sf] of bytesCache) if (keyMatches(bytesKeyObject(text), h, fmt)) return sf;
  return null;
}

/**
 * `cache_struct_converter`: the module functions look the format up in the
 * cache first, then build the Struct and cache it (emptying a full cache).
 */
function formatFromArg(fmt: PyObject): StructFormat {
  const hit = cacheLookup(fmt);
  if (hit !== null) return hit;
  const sf = parseFormat(formatString(fmt));
  const isStr = fmt.ob_type === PyUnicode_Type;
  if (isStr || isExactBytes(fmt)) {
    if (strCache.size + bytesCache.size >= MAXCACHE) clearCache();
    if (isStr) strCache.set((fmt as PyUnicodeObject).value, sf);
    else bytesCache.set(bytesKey(fmt as PyBytesObject), sf);
  }
  return sf;
}

/** Empties the format cache (`_clearcache`, or a full cache). */
function clearCache(): void {
  lastText = "";
  lastFormat = null;
  strCache.clear();
  bytesCache.clear();
}

// ---- buffers and offsets ---------------------------------------------------

/** `y*`: a simple C-contiguous buffer (the exporter raises for non-buffers). */
function readBuffer(o: PyObject, fname: string, argno: number): Py_buffer {
  const view = emptyPyBuffer();
  PyObject_GetBuffer(o, view, PyBUF_SIMPLE);
  if (!PyBuffer_IsContiguous(view, "C")) {
    PyBuffer_Release(view);
    raise(
      PyExc_TypeError,
      `${fname}() argument ${argno} must be contiguous buffer, not ${o.ob_type.tp_name}`,
    );
  }
  return view;
}

/** `PyArg_Parse(arg, "w*")`: a writable C-contiguous buffer, getargs' messages. */
function writableBuffer(o: PyObject): Py_buffer {
  const view = emptyPyBuffer();
  try {
    PyObject_GetBuffer(o, view, PyBUF_WRITABLE);
  } catch (e) {
    if (!isPyError(e)) throw e;
    raise(PyExc_TypeError, `argument must be read-write bytes-like object, not ${typeName(o)}`);
  }
  if (!PyBuffer_IsContiguous(view, "C")) {
    PyBuffer_Release(view);
    raise(PyExc_TypeError, `argument must be contiguous buffer, not ${typeName(o)}`);
  }
  return view;
}

function typeName(o: PyObject): string {
  return o === Py_None ? "None" : o.ob_type.tp_name;
}

/**
 * The value of an exact int held as a JS number (its own index, in
 * `Py_ssize_t` range), else null: the common case of the offset converters.
 */
function exactIntNumber(o: PyObject): number | null {
  if (o.ob_type !== PyLong_Type) return null;
  const v = (o as PyLongObject).value;
  return typeof v === "number" ? v : null;
}

/** Argument Clinic's `Py_ssize_t` converter (`_PyNumber_Index` + `PyLong_AsSsize_t`), exact. */
function ssizeArg(o: PyObject): Py_ssize_t {
  const n = exactIntNumber(o);
  if (n !== null) return n;
  const i = PyNumber_Index(o);
  try {
    return PyLong_AsSsize_t(i);
  } finally {
    Py_DECREF(i);
  }
}

/** `s_size` as a `Py_ssize_t` (exact). */
function recordSize(sf: StructFormat): Py_ssize_t {
  return sf.exactSize ?? sf.size;
}

/**
 * The offset checks of `s_pack_into` and `Struct_unpack_from_impl` in exact
 * `Py_ssize_t` arithmetic: a negative offset counts from the end; the record
 * must fit. Returns the offset from the start of the buffer.
 */
function checkOffset(sf: StructFormat, off: Py_ssize_t, len: number, op: "pack" | "unpack"): number {
  // The common case, in plain numbers: a non-negative offset at which the record fits.
  if (typeof off === "number" && off >= 0 && sf.exactSize === null && len - off >= sf.size) return off;
  const size = recordSize(sf);
  let offset = off;
  if (offset < 0) {
    if (ssize_add(offset, size) > 0) {
      raise(
        StructError,
        op === "pack"
          ? `no space to pack ${size} bytes at offset ${offset}`
          : `not enough data to unpack ${size} bytes at offset ${offset}`,
      );
    }
    if (ssize_add(offset, len) < 0)
      raise(StructError, `offset ${offset} out of range for ${len}-byte buffer`);
    offset = ssize_add(offset, len);
  }
  if (ssize_sub(len, offset) < size) {
    // (size_t)s_size + (size_t)offset, printed with %zu
    const sum = BigInt.asUintN(64, ssize_big(size) + ssize_big(offset));
    raise(
      StructError,
      op === "pack"
        ? `pack_into requires a buffer of at least ${sum} bytes for packing ${size} bytes at offset ${offset} (actual buffer size is ${len})`
        : `unpack_from requires a buffer of at least ${sum} bytes for unpacking ${size} bytes at offset ${offset} (actual buffer size is ${len})`,
    );
  }
  // 0 <= offset <= len - size: a number
  return offset as number;
}

// ---- the operations, on a parsed format ------------------------------------

/** Largest bytes object: PY_SSIZE_T_MAX minus the header of a PyBytesObject. */
const PY_BYTES_MAX = (1n << 63n) - 1n - 33n;
/** Larger allocations fail with MemoryError. */
const ALLOC_MAX = 2 ** 31;

/** The record size for messages (exact beyond 2**53). */
function sizeText(sf: StructFormat): string {
  return String(recordSize(sf));
}

/** The number of items for messages (exact beyond 2**53). */
function nitemsText(sf: StructFormat): string {
  return String(sf.exactNitems ?? sf.nitems);
}

/** `s_pack`: `args[start...]` packed into a new bytes object. */
function doPack(sf: StructFormat, args: readonly PyObject[], start: number): PyObject {
  const given = args.length - start;
  if (given !== sf.nitems || sf.exactNitems !== null)
    raise(StructError, `pack expected ${nitemsText(sf)} items for packing (got ${given})`);
  if (sf.exactSize !== null && sf.exactSize > PY_BYTES_MAX)
    raise(PyExc_OverflowError, "byte string is too large");
  if (sf.size > ALLOC_MAX) raise(PyExc_MemoryError);
  const out = new Uint8Array(sf.size);
  packRecord(sf, out, new DataView(out.buffer), 0, args, start);
  return _PyBytes_Adopt(out);
}

/** `s_pack_into`: `args[start]` is the buffer, `args[start + 1]` the offset. */
function doPackInto(sf: StructFormat, args: readonly PyObject[], start: number): PyObject {
  const nargs = args.length - start;
  if (nargs !== sf.nitems + 2 || sf.exactNitems !== null) {
    if (nargs === 0) raise(StructError, "pack_into expected buffer argument");
    if (nargs === 1) raise(StructError, "pack_into expected offset argument");
    raise(StructError, `pack_into expected ${nitemsText(sf)} items for packing (got ${nargs - 2})`);
  }
  const target = args[start]!;
  const offArg = args[start + 1]!;
  const offNumber = exactIntNumber(offArg);
  if (target.ob_type === PyByteArray_Type && offNumber !== null && plainValues(args, start + 2)) {
    // An exact bytearray, and no Python code runs until the record is written
    // (an exact int offset, exact int and float values): the export CPython
    // holds meanwhile could not be observed, so the storage is written directly.
    const ba = target as PyByteArrayObject;
    const offset = checkOffset(sf, offNumber, ba.length, "pack");
    const mem = ba.mem;
    packRecord(sf, mem.u8, mem.dv, ba.start + offset, args, start + 2, ba.start + ba.length, true);
    return Py_NewRef(Py_None);
  }
  const view = writableBuffer(target);
  try {
    const off = offNumber ?? PyNumber_AsSsize_t(offArg, PyExc_IndexError);
    const offset = checkOffset(sf, off, view.len, "pack");
    const mem = view.buf.mem;
    const base = view.buf.offset;
    packRecord(sf, mem.u8, mem.dv, base + offset, args, start + 2, base + view.len);
  } finally {
    PyBuffer_Release(view);
  }
  return Py_NewRef(Py_None);
}

/** `s_unpack`: the buffer must be exactly one record. */
function doUnpack(sf: StructFormat, buffer: PyObject, fname: string, argno: number): PyObject {
  const view = readBuffer(buffer, fname, argno);
  try {
    if (view.len !== sf.size) raise(StructError, `unpack requires a buffer of ${sizeText(sf)} bytes`);
    const mem = view.buf.mem;
    return PyTuple_Pack(unpackRecord(sf, mem.u8, mem.dv, view.buf.offset));
  } finally {
    PyBuffer_Release(view);
  }
}

/** `Struct_unpack_from_impl`: a record at `offset` (negative counts from the end). */
function doUnpackFrom(
  sf: StructFormat,
  buffer: PyObject,
  offsetArg: PyObject | null,
  argno: number,
): PyObject {
  if (buffer.ob_type === PyBytes_Type) {
    // An exact bytes: immutable, and its export has no effect to undo (CPython's
    // bytes count no exports), so its storage is read without a Py_buffer.
    const b = buffer as PyBytesObject;
    const off = offsetArg === null ? 0 : ssizeArg(offsetArg);
    const offset = checkOffset(sf, off, b.length, "unpack");
    const mem = b.mem;
    return PyTuple_Pack(unpackRecord(sf, mem.u8, mem.dv, b.start + offset));
  }
  const view = readBuffer(buffer, "unpack_from", argno);
  try {
    const off = offsetArg === null ? 0 : ssizeArg(offsetArg);
    const offset = checkOffset(sf, off, view.len, "unpack");
    const mem = view.buf.mem;
    return PyTuple_Pack(unpackRecord(sf, mem.u8, mem.dv, view.buf.offset + offset));
  } finally {
    PyBuffer_Release(view);
  }
}

// ---- _struct.unpack_iterator -------------------------------------------------

/** `unpackiterobject`: holds its buffer until exhausted or deallocated. */
export class PyUnpackIterObject extends PyObject {
  /** null once exhausted (CPython's `so == NULL`). */
  sf: StructFormat | null;
  view: Py_buffer | null;
  index = 0;
  constructor(type: PyTypeObject, sf: StructFormat, view: Py_buffer) {
    super(type);
    this.sf = sf;
    this.view = view;
  }
}

function unpackIterRelease(it: PyUnpackIterObject): void {
  const view = it.view;
  it.sf = null;
  it.view = null;
  if (view !== null) PyBuffer_Release(view);
}

/** `_struct.unpack_iterator`. */
export const PyUnpackIter_Type: PyTypeObject = new PyTypeObject({
  name: "_struct.unpack_iterator",
  dealloc: (o) => unpackIterRelease(o as PyUnpackIterObject),
  iter: (o) => Py_NewRef(o),
  iternext: (o) => {
    const it = o as PyUnpackIterObject;
    const sf = it.sf;
    const view = it.view;
    if (sf === null || view === null) return null;
    if (it.index >= view.len) {
      unpackIterRelease(it);
      return null;
    }
    const mem = view.buf.mem;
    const items = unpackRecord(sf, mem.u8, mem.dv, view.buf.offset + it.index);
    it.index += sf.size;
    return PyTuple_Pack(items);
  },
  methods: {
    __length_hint__: {
      meth: (self, args, kwargs) => {
        const it = self as PyUnpackIterObject;
        checkNoArgsOnly("__length_hint__", args, kwargs);
        const n = it.sf === null || it.view === null ? 0 : Math.floor((it.view.len - it.index) / it.sf.size);
        return PyLong_FromNumber(n);
      },
    },
  },
});

function checkNoArgsOnly(name: string, args: readonly PyObject[], kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${name}() takes no keyword arguments`);
  if (args.length !== 0) raise(PyExc_TypeError, `${name}() takes no arguments (${args.length} given)`);
}

/** `Struct_iter_unpack`: a new unpack iterator over `buffer`. */
function doIterUnpack(sf: StructFormat, buffer: PyObject): PyObject {
  if (sf.size === 0) raise(StructError, `cannot iteratively unpack with a struct of length ${sf.size}`);
  const view = getBuffer(buffer, PyBUF_SIMPLE);
  if (view.len % sf.size !== 0) {
    PyBuffer_Release(view);
    raise(StructError, `iterative unpacking requires a buffer of a multiple of ${sizeText(sf)} bytes`);
  }
  return new PyUnpackIterObject(PyUnpackIter_Type, sf, view);
}

// ---- _struct.Struct ----------------------------------------------------------

/** `PyStructObject`: a parsed format. */
export class PyStructObject extends PyObject {
  sf: StructFormat;
  constructor(type: PyTypeObject, sf: StructFormat) {
    super(type);
    this.sf = sf;
  }
}

function structSelf(o: PyObject): StructFormat {
  return (o as PyStructObject).sf;
}

/** The parameters of `Struct(format)`, `Struct.unpack_from` and `struct.unpack_from` (built once, not per call). */
const STRUCT_NEW_SPEC: ArgSpec = { names: ["format"], required: 1 };
const STRUCT_UNPACK_FROM_SPEC: ArgSpec = { names: ["buffer", "offset"], required: 1 };
const UNPACK_FROM_SPEC: ArgSpec = { names: ["format", "buffer", "offset"], posonly: 1, required: 2 };

/** `_struct.Struct`. */
export const PyStruct_Type: PyTypeObject = new PyTypeObject({
  name: "_struct.Struct",
  basetype: true,
  new: (type, args, kwargs) => {
    const [fmt] = parseArgs("Struct", args, kwargs, STRUCT_NEW_SPEC);
    return new PyStructObject(type, parseFormat(formatString(fmt!)));
  },
  methods: {
    pack: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("Struct.pack", kwargs);
        return doPack(structSelf(self), args, 0);
      },
      doc: "S.pack(v1, v2, ...) -> bytes",
    },
    pack_into: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("Struct.pack_into", kwargs);
        return doPackInto(structSelf(self), args, 0);
      },
      doc: "S.pack_into(buffer, offset, v1, v2, ...)",
    },
    unpack: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) =>
        doUnpack(structSelf(self), checkOneArg("Struct.unpack()", args, kwargs), "unpack", 1),
      doc: "Return a tuple containing values unpacked according to the format string.",
    },
    unpack_from: {
      meth: (self, args, kwargs) => {
        const [buffer, offset] = parseArgs("unpack_from", args, kwargs, STRUCT_UNPACK_FROM_SPEC);
        return doUnpackFrom(structSelf(self), buffer!, offset ?? null, 1);
      },
      doc: "Return a tuple containing values unpacked according to the format string.",
    },
    iter_unpack: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) =>
        doIterUnpack(structSelf(self), checkOneArg("Struct.iter_unpack()", args, kwargs)),
      doc: "Return an iterator yielding tuples.",
    },
    __sizeof__: {
      meth: (self) => {
        const sf = structSelf(self);
        // sizeof(PyStructObject) + sizeof(formatcode) * (ncodes + 1), as on x86-64.
        return PyLong_FromNumber(56 + 32 * (sf.codes.length + 1));
      },
    },
  },
  getset: {
    format: { get: (self) => PyUnicode_FromString(structSelf(self).format), doc: "struct format string" },
    size: { get: (self) => PyLong_FromValue(recordSize(structSelf(self))), doc: "struct size in bytes" },
  },
  doc: "Struct(format)\n--\n\nCreate a compiled struct object.",
});

/** `PyStruct_Check(o)`. */
export function PyStruct_Check(o: PyObject): o is PyStructObject {
  return PyObject_TypeCheck(o, PyStruct_Type);
}

// ---- module-level functions ----------------------------------------------------

/**
 * `struct.calcsize(format)`.
 * @returns New reference.
 */
export function struct_calcsize(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const fmt = checkOneArg("_struct.calcsize()", args, kwargs);
  const sf = formatFromArg(fmt);
  return sf.exactSize === null ? PyLong_FromNumber(sf.size) : PyLong_FromBigInt(sf.exactSize);
}

/**
 * `struct.pack(format, v1, v2, ...)`. New reference (bytes).
 * @returns New reference.
 */
export function struct_pack(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("_struct.pack", kwargs);
  if (args.length === 0) raise(PyExc_TypeError, "missing format argument");
  return doPack(formatFromArg(args[0]!), args, 1);
}

/**
 * `struct.pack_into(format, buffer, offset, v1, v2, ...)`. Returns None.
 * @returns New reference (None).
 */
export function struct_pack_into(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("_struct.pack_into", kwargs);
  if (args.length === 0) raise(PyExc_TypeError, "missing format argument");
  return doPackInto(formatFromArg(args[0]!), args, 1);
}

/**
 * `struct.unpack(format, buffer, /)`. New reference (tuple).
 * @returns New reference.
 */
export function struct_unpack(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("_struct.unpack", kwargs);
  checkPositional("unpack", args.length, 2, 2);
  const sf = formatFromArg(args[0]!);
  return doUnpack(sf, args[1]!, "unpack", 2);
}

/**
 * `struct.unpack_from(format, /, buffer, offset=0)`. New reference (tuple).
 * @returns New reference.
 */
export function struct_unpack_from(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const n = args.length;
  if ((kwargs === null || kwargs.size === 0) && (n === 2 || n === 3)) {
    // parseArgs' positional case without its slots array.
    return doUnpackFrom(formatFromArg(args[0]!), args[1]!, n === 3 ? args[2]! : null, 2);
  }
  const [fmt, buffer, offset] = parseArgs("unpack_from", args, kwargs, UNPACK_FROM_SPEC);
  const sf = formatFromArg(fmt!);
  return doUnpackFrom(sf, buffer!, offset ?? null, 2);
}

/**
 * `struct.iter_unpack(format, buffer, /)`. New reference (iterator).
 * @returns New reference.
 */
export function struct_iter_unpack(args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  noKeywords("_struct.iter_unpack", kwargs);
  checkPositional("iter_unpack", args.length, 2, 2);
  const sf = formatFromArg(args[0]!);
  return doIterUnpack(sf, args[1]!);
}

/**
 * `struct._clearcache()`.
 * @returns New reference (None).
 */
export function struct_clearcache(_args: readonly PyObject[], _kwargs: KwArgs | null): PyObject {
  clearCache();
  return Py_NewRef(Py_None);
}

/**
 * Builds the `struct` module (`Lib/struct.py` over `_struct`): the functions,
 * `Struct` and `error`. New reference.
 * @returns New reference.
 */
export function PyInit_struct(): PyObject {
  const mod = PyModule_New("struct");
  const fns: [string, (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject][] = [
    ["pack", struct_pack],
    ["pack_into", struct_pack_into],
    ["unpack", struct_unpack],
    ["unpack_from", struct_unpack_from],
    ["iter_unpack", struct_iter_unpack],
    ["calcsize", struct_calcsize],
    ["_clearcache", struct_clearcache],
  ];
  for (const [name, fn] of fns) PyModule_AddObject(mod, name, PyCFunction_New(name, fn));
  PyModule_AddObject(mod, "Struct", Py_NewRef(PyStruct_Type));
  PyModule_AddObject(mod, "error", Py_NewRef(StructError));
  return mod;
}
