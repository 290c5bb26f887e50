/**
 * The object header and the type object, as in CPython's `Include/object.h`.
 *
 * Every Python value is a `PyObject`: a reference count and a pointer to its
 * type. Behaviour is found through the type's slots (`tp_repr`, `tp_as_sequence`,
 * `tp_as_buffer`, ...), never by `instanceof` tests on the JS class.
 */

import type { Py_ssize_t } from "./ssize.js";
import { objectTracking } from "./object-tracking.js";

/** Rich comparison operators, with CPython's values (`Py_LT` ... `Py_GE`). */
export const Py_LT = 0;
export const Py_LE = 1;
export const Py_EQ = 2;
export const Py_NE = 3;
export const Py_GT = 4;
export const Py_GE = 5;
export type CompareOp = 0 | 1 | 2 | 3 | 4 | 5;

/** Keyword arguments of a call, in the order they were given. */
export type KwArgs = Map<string, PyObject>;

/** `PyObject`: the header every object carries. */
export class PyObject {
  /** `ob_refcnt`: owned references to this object. Reaching zero deallocates it. */
  declare ob_refcnt: number;
  /** `ob_type`: the type object; its slots define this object's behaviour. */
  declare ob_type: PyTypeObject;
  constructor(type: PyTypeObject) {
    this.ob_refcnt = 1;
    this.ob_type = type;
    const live = objectTracking.live;
    if (live !== null) live.add(this);
  }
}

const idMap = new WeakMap<PyObject, number>();
let nextId = 0x7f3a_0000_1000;
/**
 * `id(o)`: a stable, unique number per live object (CPython uses the address).
 * Reprs show it as `0x7f3a...`.
 */
export function Py_Id(o: PyObject): number {
  let id = idMap.get(o);
  if (id === undefined) {
    id = nextId;
    nextId += 0x40;
    idMap.set(o, id);
  }
  return id;
}

/** The `0x...` address that default reprs show for `o`. */
export function Py_Address(o: PyObject): string {
  return `0x${Py_Id(o).toString(16)}`;
}

// ---- slot signatures. Functions that return PyObject return a NEW reference;
// ---- arguments are BORROWED (the CPython convention). Errors are thrown.

export type unaryfunc = (o: PyObject) => PyObject;
export type binaryfunc = (a: PyObject, b: PyObject) => PyObject;
export type ternaryfunc = (a: PyObject, b: PyObject, c: PyObject) => PyObject;
export type reprfunc = (o: PyObject) => string;
export type hashfunc = (o: PyObject) => number;
/** Returns a new reference, or the `NotImplemented` singleton (also a new reference). */
export type richcmpfunc = (a: PyObject, b: PyObject, op: CompareOp) => PyObject;
/** Returns the next item (new reference) or `null` when exhausted (no StopIteration needed). */
export type iternextfunc = (o: PyObject) => PyObject | null;
export type lenfunc = (o: PyObject) => Py_ssize_t;
export type ssizeargfunc = (o: PyObject, i: number) => PyObject;
/** `v === null` deletes. */
export type ssizeobjargproc = (o: PyObject, i: number, v: PyObject | null) => void;
export type objobjproc = (o: PyObject, v: PyObject) => boolean;
/** `v === null` deletes. */
export type objobjargproc = (o: PyObject, k: PyObject, v: PyObject | null) => void;
export type inquiry = (o: PyObject) => boolean;
export type destructor = (o: PyObject) => void;
export type newfunc = (type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;
export type callfunc = (callable: PyObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;
export type getattrofunc = (o: PyObject, name: string) => PyObject;
export type setattrofunc = (o: PyObject, name: string, v: PyObject | null) => void;
/**
 * `descrgetfunc`: `descr.__get__(obj, type)`; `obj` is null for a lookup on
 * the type itself (`C.f`). New reference.
 */
export type descrgetfunc = (descr: PyObject, obj: PyObject | null, type: PyTypeObject | null) => PyObject;
/** `descrsetfunc`: `descr.__set__(obj, value)`, or `__delete__` when `value` is null. */
export type descrsetfunc = (descr: PyObject, obj: PyObject, value: PyObject | null) => void;

export interface PyNumberMethods {
  nb_add?: binaryfunc;
  nb_subtract?: binaryfunc;
  nb_multiply?: binaryfunc;
  nb_remainder?: binaryfunc;
  /** `divmod(a, b)`: a new 2-tuple. */
  nb_divmod?: binaryfunc;
  nb_power?: ternaryfunc;
  nb_negative?: unaryfunc;
  nb_positive?: unaryfunc;
  nb_absolute?: unaryfunc;
  nb_bool?: inquiry;
  nb_invert?: unaryfunc;
  nb_lshift?: binaryfunc;
  nb_rshift?: binaryfunc;
  nb_and?: binaryfunc;
  nb_xor?: binaryfunc;
  nb_or?: binaryfunc;
  nb_int?: unaryfunc;
  nb_float?: unaryfunc;
  nb_floor_divide?: binaryfunc;
  nb_true_divide?: binaryfunc;
  /** `__index__`: returns an int (new reference). */
  nb_index?: unaryfunc;
  nb_inplace_add?: binaryfunc;
  nb_inplace_subtract?: binaryfunc;
  nb_inplace_multiply?: binaryfunc;
  nb_inplace_remainder?: binaryfunc;
  nb_inplace_lshift?: binaryfunc;
  nb_inplace_rshift?: binaryfunc;
  nb_inplace_and?: binaryfunc;
  nb_inplace_xor?: binaryfunc;
  nb_inplace_or?: binaryfunc;
  nb_inplace_floor_divide?: binaryfunc;
  nb_inplace_true_divide?: binaryfunc;
  /** `__ipow__`: called with `Py_None` as the third operand. */
  nb_inplace_power?: ternaryfunc;
}

export interface PySequenceMethods {
  sq_length?: lenfunc;
  sq_concat?: binaryfunc;
  sq_repeat?: ssizeargfunc;
  sq_item?: ssizeargfunc;
  sq_ass_item?: ssizeobjargproc;
  sq_contains?: objobjproc;
  sq_inplace_concat?: binaryfunc;
  sq_inplace_repeat?: ssizeargfunc;
}

export interface PyMappingMethods {
  mp_length?: lenfunc;
  mp_subscript?: binaryfunc;
  mp_ass_subscript?: objobjargproc;
}

/**
 * Marker for the `Py_buffer` struct defined by `@py/buffer`. The object layer
 * only carries it through the `tp_as_buffer` slots.
 */
// biome-ignore lint/suspicious/noEmptyInterface: opaque marker filled in by @py/buffer
export interface PyBufferLike {}

/** `PyBufferProcs`: how an exporter fills and releases a `Py_buffer`. */
export interface PyBufferProcs {
  /** Fill `view` for a request of `flags` (PyBUF_*), or throw BufferError. */
  bf_getbuffer(exporter: PyObject, view: PyBufferLike, flags: number): void;
  /** Called once per successful getbuffer, when the consumer releases it. */
  bf_releasebuffer?(exporter: PyObject, view: PyBufferLike): void;
}

/**
 * `tp_as_bytes`: what the object layer reads and makes of byte strings, whose
 * types live in a higher layer (`@py/buffer`). CPython's `Objects/` calls
 * `PyBytes_AS_STRING`, `PyBytes_FromStringAndSize`, `PyBytes_FromObject` and
 * the codecs directly, being one library; here the layering is real, so the
 * object layer reaches them through the types involved:
 *
 * - an object at hand that is a byte string (`int(b'12', 16)`, `float(ba)`):
 *   through its own type, `o.ob_type.tp_as_bytes` (`bytes` and `bytearray`
 *   fill `bt_contents`; subtypes inherit it);
 * - nothing of bytes at hand (`int.to_bytes`, `str.encode`, reading any
 *   bytes-like object for `int.from_bytes` or `str(o, encoding)`): through
 *   `PyBytes_Type`, which the object layer declares (`bytes-object.ts`) and
 *   `@py/buffer` makes ready with the members marked "bytes only".
 *
 * Until `@py/buffer` has made the types ready (the object layer used alone),
 * the slot is absent and these operations raise TypeError.
 */
export interface PyBytesProcs {
  /**
   * `PyBytes_AS_STRING` / `PyByteArray_AS_STRING`: the content of `o`, an
   * object of this type, as a view (read it before any Python code runs).
   */
  bt_contents(o: PyObject): Uint8Array;
  /** Bytes only. `PyBytes_FromStringAndSize`: a new bytes object holding a copy of `u8`. */
  bt_from_u8?(u8: Uint8Array): PyObject;
  /**
   * Bytes only. The content `PyBytes_FromObject(o)` would hold (any buffer, or
   * an iterable of ints), a copy; raises CPython's errors
   * (`cannot convert 'int' object to bytes`).
   */
  bt_from_object?(o: PyObject): Uint8Array;
  /**
   * Bytes only. A copy of the bytes of a `PyObject_GetBuffer(o, PyBUF_SIMPLE)`
   * export; raises `a bytes-like object is required, not 'T'` or the
   * exporter's BufferError.
   */
  bt_buffer_copy?(o: PyObject): Uint8Array;
  /**
   * Bytes only. `PyUnicode_FromEncodedObject(o, encoding, errors)`: decodes
   * any bytes-like object (null: the defaults, utf-8 and strict).
   */
  bt_decode?(o: PyObject, encoding: string | null, errors: string | null): string;
  /** Bytes only. The bytes of `PyUnicode_AsEncodedString(s, encoding, errors)`. */
  bt_encode?(s: string, encoding: string, errors: string): Uint8Array;
}

/**
 * `PyMethodDef.ml_flags` calling conventions (CPython's values).
 * `METH_VARARGS` without `METH_KEYWORDS`: positional only; the call
 * machinery rejects keywords before `meth` runs, and a bound method object
 * names the method bare (`cfunction_call`: `count() takes no keyword arguments`).
 */
export const METH_VARARGS = 0x0001;
/** With `METH_VARARGS` or `METH_FASTCALL`: the method takes keyword arguments. */
export const METH_KEYWORDS = 0x0002;
/** No arguments: the call machinery raises `X.f() takes no arguments (1 given)`. */
export const METH_NOARGS = 0x0004;
/** Exactly one positional argument: `X.f() takes exactly one argument (0 given)`. */
export const METH_O = 0x0008;
/**
 * `METH_FASTCALL` without `METH_KEYWORDS`: positional only; keywords are
 * rejected before `meth` runs, with the qualified name
 * (`method_check_args`: `bytes.count() takes no keyword arguments`).
 */
export const METH_FASTCALL = 0x0080;

/** A method of a type (`PyMethodDef`): `self` is borrowed, the result is new. */
export interface PyMethodDef {
  meth: (self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;
  /**
   * `ml_flags`: METH_NOARGS or METH_O make the call machinery check the count
   * (and reject keywords) with CPython's messages before `meth` runs;
   * METH_FASTCALL or METH_VARARGS without METH_KEYWORDS make it reject
   * keywords (a positional-only method). Default (0): `meth` parses its own
   * arguments (METH_VARARGS | METH_KEYWORDS).
   */
  flags?: number;
  doc?: string;
  /** METH_CLASS: `self` is the type object the method was looked up on. */
  classmethod?: boolean;
  /** METH_STATIC: called without `self` (receives the type as self anyway). */
  staticmethod?: boolean;
}

/** The calling conventions of `ml_flags`: a method has at most one. */
const METH_CONVENTIONS = METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O;

/**
 * The invariant of `ml_flags` (what CPython's call machinery rejects as "bad
 * call flags"): at most one calling convention, and METH_KEYWORDS only with
 * METH_VARARGS or METH_FASTCALL. A broken method table is a programming
 * error, reported when its type is made ready.
 */
function checkMethodFlags(typeName: string, name: string, flags: number): void {
  const conv = flags & METH_CONVENTIONS;
  const oneConvention = (conv & (conv - 1)) === 0;
  const keywordsOk = (flags & METH_KEYWORDS) === 0 || (conv & (METH_VARARGS | METH_FASTCALL)) !== 0;
  if (!oneConvention || !keywordsOk)
    throw new Error(`${typeName}.${name}(): bad call flags 0x${flags.toString(16)}`);
}

/** A computed attribute (`PyGetSetDef`). The getter returns a new reference. */
export interface PyGetSetDef {
  get: (self: PyObject) => PyObject;
  set?: (self: PyObject, value: PyObject | null) => void;
  doc?: string;
  /** A `PyMemberDef` (a field of a C struct): its descriptor is a `member_descriptor`. */
  member?: boolean;
}

/** Arguments for creating a type object. */
export interface PyTypeSpec {
  /** `tp_name`: "module.Name" for module types, plain "Name" for builtins. */
  name: string;
  base?: PyTypeObject | null;
  basicsize?: number;
  dealloc?: destructor;
  repr?: reprfunc;
  str?: reprfunc;
  hash?: hashfunc | null;
  /**
   * `hash(o)` with every bit, for types whose hash may pass 2**53 (a JS
   * number is exact below): what `PyObject_HashValue` returns. Inherited.
   */
  hash_exact?: (o: PyObject) => number | bigint;
  richcompare?: richcmpfunc;
  iter?: unaryfunc;
  iternext?: iternextfunc;
  call?: callfunc;
  new?: newfunc;
  getattro?: getattrofunc;
  setattro?: setattrofunc;
  /** `tp_descr_get`: instances are descriptors (functions bind, properties compute). */
  descr_get?: descrgetfunc;
  /** `tp_descr_set`: instances are data descriptors (they win over an instance's `__dict__`). */
  descr_set?: descrsetfunc;
  as_number?: PyNumberMethods;
  as_sequence?: PySequenceMethods;
  as_mapping?: PyMappingMethods;
  as_buffer?: PyBufferProcs;
  /** See `PyBytesProcs`. */
  as_bytes?: PyBytesProcs;
  methods?: Record<string, PyMethodDef>;
  getset?: Record<string, PyGetSetDef>;
  /** Class attributes that are plain objects (constants, nested types). */
  dict?: Record<string, PyObject>;
  /**
   * Whether an object of this type was returned "with an exception set": a
   * result that `_Py_CheckFunctionResult` reports as SystemError when a call
   * returns it (CPython 3.11's `memory_iter` on a released view).
   */
  result_has_error?: (o: PyObject) => boolean;
  /** Whether Python code may subclass it (`Py_TPFLAGS_BASETYPE`). */
  basetype?: boolean;
  doc?: string;
}

/** Never true: see the PyTypeObject constructor. */
const RESERVE_SLOT_FIELDS = false;

/** Whether `spec` only declares a type (its name, base, size, flags and doc), slots to come from PyType_Ready. */
function isDeclaration(spec: PyTypeSpec): boolean {
  for (const k in spec) {
    if (k !== "name" && k !== "base" && k !== "basicsize" && k !== "basetype" && k !== "doc") return false;
  }
  return true;
}

/** `PyTypeObject`: a type is itself an object whose type is `type`. */
export class PyTypeObject extends PyObject {
  declare tp_name: string;
  declare tp_base: PyTypeObject | null;
  declare tp_basicsize: number;
  declare tp_dealloc: destructor | null;
  declare tp_repr: reprfunc | null;
  declare tp_str: reprfunc | null;
  /** `null` with `tp_hash_disabled` means unhashable (`__hash__ = None`). */
  declare tp_hash: hashfunc | null;
  declare tp_hash_disabled: boolean;
  /** See `PyTypeSpec.hash_exact` (null: `tp_hash` is exact). */
  declare tp_hash_exact: ((o: PyObject) => number | bigint) | null;
  declare tp_richcompare: richcmpfunc | null;
  declare tp_iter: unaryfunc | null;
  declare tp_iternext: iternextfunc | null;
  declare tp_call: callfunc | null;
  declare tp_new: newfunc | null;
  declare tp_getattro: getattrofunc | null;
  declare tp_setattro: setattrofunc | null;
  declare tp_descr_get: descrgetfunc | null;
  declare tp_descr_set: descrsetfunc | null;
  declare tp_as_number: PyNumberMethods | null;
  declare tp_as_sequence: PySequenceMethods | null;
  declare tp_as_mapping: PyMappingMethods | null;
  declare tp_as_buffer: PyBufferProcs | null;
  /** See `PyBytesProcs`: null but on byte-string types (undefined on a type declared and not yet ready). */
  declare tp_as_bytes: PyBytesProcs | null;
  /** See `PyTypeSpec.result_has_error` and `PyObject_ResultHasError`. */
  declare tp_result_has_error: ((o: PyObject) => boolean) | null;
  declare tp_methods: Map<string, PyMethodDef>;
  declare tp_getset: Map<string, PyGetSetDef>;
  declare tp_dict: Map<string, PyObject>;
  declare tp_basetype: boolean;
  declare tp_doc: string | null;
  /** A C heap type made without `Py_TPFLAGS_IMMUTABLETYPE`: `type_setattro` sets its class attributes. */
  declare tp_mutable?: boolean;

  constructor(spec: PyTypeSpec, metatype: PyTypeObject | null = PyType_Type ?? null) {
    // `type` itself is created before PyType_Type exists; it is patched below.
    super(metatype as PyTypeObject);
    this.ob_refcnt = IMMORTAL_REFCNT;
    this.tp_name = spec.name;
    this.tp_base = spec.base === undefined ? (PyBaseObject_Type ?? null) : spec.base;
    this.tp_basicsize = spec.basicsize ?? this.tp_base?.tp_basicsize ?? 16;
    this.tp_basetype = spec.basetype ?? false;
    this.tp_doc = spec.doc ?? null;
    // Each slot is stored once, by PyType_Ready: V8 then treats the slots as
    // constants, and the look-ups through a known type fold (a slot stored
    // twice, by the declaration and again when made ready, made `m[i] = x`
    // through PyObject_SetItem ~1.6x slower). V8 gives an object the room its
    // constructor's `this.x =` stores ask for, counted when parsed: these
    // stores, never run, keep every slot inside the object.
    if (RESERVE_SLOT_FIELDS) {
      this.tp_dealloc = null;
      this.tp_repr = null;
      this.tp_str = null;
      this.tp_hash_disabled = false;
      this.tp_hash = null;
      this.tp_hash_exact = null;
      this.tp_richcompare = null;
      this.tp_iter = null;
      this.tp_iternext = null;
      this.tp_call = null;
      this.tp_new = null;
      this.tp_getattro = null;
      this.tp_setattro = null;
      this.tp_descr_get = null;
      this.tp_descr_set = null;
      this.tp_as_number = null;
      this.tp_as_sequence = null;
      this.tp_as_mapping = null;
      this.tp_as_buffer = null;
      this.tp_as_bytes = null;
      this.tp_result_has_error = null;
      this.tp_methods = new Map();
      this.tp_getset = new Map();
      this.tp_dict = new Map();
    }
    // A declaration (name, base, size, flags, doc, no slot) is made ready by
    // the file that gathers its methods.
    if (!isDeclaration(spec)) PyType_Ready(this, spec);
  }

  /** The part of `tp_name` after the last dot: `__name__`. */
  get shortName(): string {
    const i = this.tp_name.lastIndexOf(".");
    return i < 0 ? this.tp_name : this.tp_name.slice(i + 1);
  }

  /** `__qualname__`: the short name for static types (a heap type keeps its own). */
  get qualName(): string {
    return this.shortName;
  }

  /** `__module__`: "builtins" unless `tp_name` is dotted. */
  get moduleName(): string {
    const i = this.tp_name.lastIndexOf(".");
    return i < 0 ? "builtins" : this.tp_name.slice(0, i);
  }
}

/** The slots of a `PyTypeSpec`: what `PyType_Ready` fills (everything but the name and base). */
export type PyTypeSlots = Omit<PyTypeSpec, "name" | "base">;

/**
 * `PyType_Ready`: fills the slot tables of `type` from `slots`; a slot not
 * given is inherited from `tp_base` as it is now (so a base type is made
 * ready before its subtypes). A type is declared with its layout (its name
 * and base, no slots) and made ready by the file that gathers its methods.
 */
export function PyType_Ready(type: PyTypeObject, slots: PyTypeSlots): void {
  const spec = slots;
  const base = type.tp_base;
  if (spec.basicsize !== undefined) type.tp_basicsize = spec.basicsize;
  // Slots are inherited from the base unless given.
  type.tp_dealloc = spec.dealloc ?? base?.tp_dealloc ?? null;
  type.tp_repr = spec.repr ?? base?.tp_repr ?? null;
  type.tp_str = spec.str ?? base?.tp_str ?? null;
  type.tp_hash_disabled = spec.hash === null;
  type.tp_hash = spec.hash === null ? null : (spec.hash ?? base?.tp_hash ?? null);
  if (spec.hash === undefined && base?.tp_hash_disabled) type.tp_hash_disabled = true;
  type.tp_hash_exact = spec.hash_exact ?? (spec.hash === undefined ? (base?.tp_hash_exact ?? null) : null);
  type.tp_richcompare = spec.richcompare ?? base?.tp_richcompare ?? null;
  type.tp_iter = spec.iter ?? base?.tp_iter ?? null;
  type.tp_iternext = spec.iternext ?? base?.tp_iternext ?? null;
  type.tp_call = spec.call ?? base?.tp_call ?? null;
  type.tp_new = spec.new ?? null;
  type.tp_getattro = spec.getattro ?? base?.tp_getattro ?? null;
  type.tp_setattro = spec.setattro ?? base?.tp_setattro ?? null;
  type.tp_descr_get = spec.descr_get ?? base?.tp_descr_get ?? null;
  type.tp_descr_set = spec.descr_set ?? base?.tp_descr_set ?? null;
  type.tp_as_number = spec.as_number ?? base?.tp_as_number ?? null;
  type.tp_as_sequence = spec.as_sequence ?? base?.tp_as_sequence ?? null;
  type.tp_as_mapping = spec.as_mapping ?? base?.tp_as_mapping ?? null;
  type.tp_as_buffer = spec.as_buffer ?? base?.tp_as_buffer ?? null;
  type.tp_as_bytes = spec.as_bytes ?? base?.tp_as_bytes ?? null;
  type.tp_result_has_error = spec.result_has_error ?? base?.tp_result_has_error ?? null;
  type.tp_methods = new Map(Object.entries(spec.methods ?? {}));
  for (const [name, def] of type.tp_methods) checkMethodFlags(type.tp_name, name, def.flags ?? 0);
  type.tp_getset = new Map(Object.entries(spec.getset ?? {}));
  type.tp_dict = new Map(Object.entries(spec.dict ?? {}));
  if (spec.basetype !== undefined) type.tp_basetype = spec.basetype;
  if (spec.doc !== undefined) type.tp_doc = spec.doc;
}

/** The part of a type's slots that only a look-up by name reaches: what `PyType_AddMethods` adds. */
export type PyTypeMethods = Pick<PyTypeSlots, "methods" | "getset" | "dict">;

/**
 * Adds methods, getsets and class attributes to a type already made ready
 * (`PyType_Ready`), after those it has: the second half of `PyType_Ready`
 * (`type_ready_fill_dict`: `add_methods`, `add_getset`) for a type whose
 * method table lives apart from its slots, so that a bundle that never
 * looks a name up (attributes, method calls) leaves the methods out. No
 * slot is stored: only the name tables grow, and a name given twice is an
 * error (the first would be silently lost).
 */
export function PyType_AddMethods(type: PyTypeObject, defs: PyTypeMethods): void {
  for (const [name, def] of Object.entries(defs.methods ?? {})) {
    checkMethodFlags(type.tp_name, name, def.flags ?? 0);
    if (type.tp_methods.has(name)) throw new Error(`${type.tp_name}.${name}: method added twice`);
    type.tp_methods.set(name, def);
  }
  for (const [name, def] of Object.entries(defs.getset ?? {})) {
    if (type.tp_getset.has(name)) throw new Error(`${type.tp_name}.${name}: getset added twice`);
    type.tp_getset.set(name, def);
  }
  for (const [name, value] of Object.entries(defs.dict ?? {})) {
    if (type.tp_dict.has(name)) throw new Error(`${type.tp_name}.${name}: attribute added twice`);
    type.tp_dict.set(name, value);
  }
}

/** A reference count that never reaches zero: singletons and static types. */
export const IMMORTAL_REFCNT = 2 ** 30;

// `object` and `type` are bootstrapped: each refers to the other.
export let PyBaseObject_Type: PyTypeObject = undefined as unknown as PyTypeObject;
export let PyType_Type: PyTypeObject = undefined as unknown as PyTypeObject;
PyBaseObject_Type = new PyTypeObject({ name: "object", base: null, basetype: true }, null);
PyType_Type = new PyTypeObject({ name: "type", base: PyBaseObject_Type, basetype: true }, null);
PyType_Ready(PyBaseObject_Type, {});
PyType_Ready(PyType_Type, {});
PyBaseObject_Type.ob_type = PyType_Type;
PyType_Type.ob_type = PyType_Type;

/** `PyType_IsSubtype(a, b)`: whether `b` is on `a`'s base chain. */
export function PyType_IsSubtype(a: PyTypeObject, b: PyTypeObject): boolean {
  for (let t: PyTypeObject | null = a; t !== null; t = t.tp_base) if (t === b) return true;
  return false;
}

/** `PyObject_TypeCheck(o, t)`: `isinstance` against a single type. */
export function PyObject_TypeCheck(o: PyObject, t: PyTypeObject): boolean {
  return o.ob_type === t || PyType_IsSubtype(o.ob_type, t);
}

/**
 * `Py_TYPE(o)`.
 * @returns Borrowed reference.
 */
export function Py_TYPE(o: PyObject): PyTypeObject {
  return o.ob_type;
}

/** `PyType_Check(o)`. */
export function PyType_Check(o: PyObject): o is PyTypeObject {
  return PyObject_TypeCheck(o, PyType_Type);
}
