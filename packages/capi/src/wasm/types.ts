/**
 * Types defined in C (`Objects/typeobject.c`): `PyType_Ready` on a static
 * `PyTypeObject`, `PyType_FromSpec*`, and the instances of such types.
 *
 * A C type has two faces: its C struct (the static `PyTypeObject`, or one
 * allocated by `PyType_FromSpec`), which is its `PyObject *`, and a
 * TypeScript `PyTypeObject` whose slots call the C function pointers
 * through the table. `PyType_Ready` builds the second from the first and
 * writes back what C reads (inherited `tp_alloc`/`tp_free`/`tp_new`,
 * `tp_base`, `ob_type`, `Py_TPFLAGS_READY`).
 *
 * Instances: `tp_alloc` (`PyType_GenericAlloc`) mallocs `tp_basicsize` (+
 * items) zeroed bytes; the block IS the object (`self->field` works) and a
 * TypeScript `PyObject` stands for it in the object layer (its `ob_refcnt`
 * is the count). When the count reaches zero the C `tp_dealloc` runs, whose
 * `tp_free` (`PyObject_Free`) forgets the object and frees the block.
 */
import type { Py_buffer } from "@py/buffer";
import {
  type CompareOp,
  type KwArgs,
  PyBaseObject_Type,
  type PyBufferProcs,
  PyExc_AttributeError,
  PyExc_SystemError,
  PyExc_TypeError,
  type PyGetSetDef,
  type PyMappingMethods,
  type PyMethodDef,
  type PyNumberMethods,
  PyObject,
  type PySequenceMethods,
  PyType_Check,
  PyTypeObject,
  PyType_Ready,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  initFillsContents,
  lookupHeap,
  type newfunc,
  PyHeapTypeObject,
  PyObject_Call,
  PyObject_TypeCheck,
  staticBase,
  staticTypeAttr,
  raise,
} from "@py/object";
import { currentException, PyErr_Clear, raiseIfError } from "../errors.js";
import { freeBlocks, readPyBufferStruct } from "../py-buffer-struct.js";
import { rt } from "../runtime.js";
import { borrow } from "../refcount.js";
import { argsTuple, kwargsDict, ptrOf, resultInt, resultObject } from "./calls.js";
import { type CRuntime, cRuntime } from "./c-runtime.js";
import { markCBufferProcs } from "./c-exporters.js";
import { BUFFER_PROCS, GETSET_DEF, MAPPING, NUMBER, SEQUENCE, TPFLAGS, TYPE } from "./layout.js";
import { readMembers } from "./members.js";
import { genericGetAttr, genericSetAttr, hasDictOffset } from "./instance-dict.js";
import { inheritCSlots } from "./type-inherit.js";
import { readMethodDefs, typeMethodDef } from "./methods.js";

/** C types made ready, by struct address. */
const cTypes = new Map<number, PyTypeObject>();

/** Whether `t` was defined in C (its struct is at `ptrOf(t)`). */
export function isCType(t: PyTypeObject): boolean {
  const c = cRuntime();
  const a = c.objects.addressIfAny(t);
  return a !== undefined && cTypes.get(a) === t;
}

function str(c: CRuntime, p: number): string | null {
  return p === 0 ? null : c.mem.readCString(p);
}

/** The struct address of the type of `o`. */
function typeAddrOf(o: PyObject): number {
  return ptrOf(o.ob_type);
}

/** Reads `tp_*` at `typeAddr` now (C may change slots after PyType_Ready, rarely; we read at call time). */
function slot(c: CRuntime, typeAddr: number, off: number): number {
  return c.mem.readU32(typeAddr + off);
}

function sub(c: CRuntime, typeAddr: number, table: number, off: number): number {
  const t = slot(c, typeAddr, table);
  return t === 0 ? 0 : c.mem.readU32(t + off);
}

// ---- slot bridges (each looks its C function up on the instance's type at call time)

function unary(name: string, get: (c: CRuntime, t: number) => number): (o: PyObject) => PyObject {
  return (o) => {
    const c = cRuntime();
    const f = get(c, typeAddrOf(o));
    return resultObject(c.callC(f, name, ptrOf(o)), () => name);
  };
}

function binary(
  name: string,
  get: (c: CRuntime, t: number) => number,
): (a: PyObject, b: PyObject) => PyObject {
  return (a, b) => {
    const c = cRuntime();
    // A binary number slot is found on either operand's type.
    let f = isCTypeObj(a) ? get(c, typeAddrOf(a)) : 0;
    if (f === 0) f = get(c, typeAddrOf(b));
    return resultObject(c.callC(f, name, ptrOf(a), ptrOf(b)), () => name);
  };
}

function isCTypeObj(o: PyObject): boolean {
  return isCType(o.ob_type) || (o.ob_type.tp_base !== null && isCType(o.ob_type.tp_base));
}

function reprSlot(name: string, off: number): (o: PyObject) => string {
  return (o) => {
    const c = cRuntime();
    const r = resultObject(c.callC(slot(c, typeAddrOf(o), off), name, ptrOf(o)), () => name);
    try {
      if (!PyUnicode_Check(r)) {
        raise(PyExc_TypeError, `${name} returned non-string (type ${r.ob_type.tp_name})`);
      }
      return r.value;
    } finally {
      Py_DECREF(r);
    }
  };
}

const NB_BINARY = [
  "nb_add",
  "nb_subtract",
  "nb_multiply",
  "nb_remainder",
  "nb_divmod",
  "nb_lshift",
  "nb_rshift",
  "nb_and",
  "nb_xor",
  "nb_or",
  "nb_floor_divide",
  "nb_true_divide",
  "nb_inplace_add",
  "nb_inplace_subtract",
  "nb_inplace_multiply",
  "nb_inplace_remainder",
  "nb_inplace_lshift",
  "nb_inplace_rshift",
  "nb_inplace_and",
  "nb_inplace_xor",
  "nb_inplace_or",
  "nb_inplace_floor_divide",
  "nb_inplace_true_divide",
] as const;
const NB_UNARY = [
  "nb_negative",
  "nb_positive",
  "nb_absolute",
  "nb_invert",
  "nb_int",
  "nb_float",
  "nb_index",
] as const;
const DUNDER: Record<string, string> = {
  nb_add: "__add__",
  nb_subtract: "__sub__",
  nb_multiply: "__mul__",
  nb_remainder: "__mod__",
  nb_divmod: "__divmod__",
  nb_lshift: "__lshift__",
  nb_rshift: "__rshift__",
  nb_and: "__and__",
  nb_xor: "__xor__",
  nb_or: "__or__",
  nb_floor_divide: "__floordiv__",
  nb_true_divide: "__truediv__",
  nb_inplace_add: "__iadd__",
  nb_inplace_subtract: "__isub__",
  nb_inplace_multiply: "__imul__",
  nb_inplace_remainder: "__imod__",
  nb_inplace_lshift: "__ilshift__",
  nb_inplace_rshift: "__irshift__",
  nb_inplace_and: "__iand__",
  nb_inplace_xor: "__ixor__",
  nb_inplace_or: "__ior__",
  nb_inplace_floor_divide: "__ifloordiv__",
  nb_inplace_true_divide: "__itruediv__",
  nb_negative: "__neg__",
  nb_positive: "__pos__",
  nb_absolute: "__abs__",
  nb_invert: "__invert__",
  nb_int: "__int__",
  nb_float: "__float__",
  nb_index: "__index__",
};

function numberMethods(c: CRuntime, table: number): PyNumberMethods | undefined {
  if (table === 0) return undefined;
  const out: PyNumberMethods = {};
  const o = out as Record<string, unknown>;
  for (const k of NB_BINARY) {
    if (c.mem.readU32(table + NUMBER[k]) !== 0)
      o[k] = binary(DUNDER[k]!, (cc, t) => sub(cc, t, TYPE.tp_as_number, NUMBER[k]));
  }
  for (const k of NB_UNARY) {
    if (c.mem.readU32(table + NUMBER[k]) !== 0)
      o[k] = unary(DUNDER[k]!, (cc, t) => sub(cc, t, TYPE.tp_as_number, NUMBER[k]));
  }
  if (c.mem.readU32(table + NUMBER.nb_power) !== 0) {
    out.nb_power = (a, b, m) => {
      const cc = cRuntime();
      let f = isCTypeObj(a) ? sub(cc, typeAddrOf(a), TYPE.tp_as_number, NUMBER.nb_power) : 0;
      if (f === 0) f = sub(cc, typeAddrOf(b), TYPE.tp_as_number, NUMBER.nb_power);
      return resultObject(cc.callC(f, "__pow__", ptrOf(a), ptrOf(b), ptrOf(m)), () => "__pow__");
    };
  }
  if (c.mem.readU32(table + NUMBER.nb_inplace_power) !== 0) {
    out.nb_inplace_power = (a, b, m) => {
      const cc = cRuntime();
      const f = sub(cc, typeAddrOf(a), TYPE.tp_as_number, NUMBER.nb_inplace_power);
      return resultObject(cc.callC(f, "__ipow__", ptrOf(a), ptrOf(b), ptrOf(m)), () => "__ipow__");
    };
  }
  if (c.mem.readU32(table + NUMBER.nb_bool) !== 0) {
    out.nb_bool = (a) => {
      const cc = cRuntime();
      const f = sub(cc, typeAddrOf(a), TYPE.tp_as_number, NUMBER.nb_bool);
      return resultInt(cc.callC(f, "__bool__", ptrOf(a))) !== 0;
    };
  }
  return out;
}

function sequenceMethods(c: CRuntime, table: number): PySequenceMethods | undefined {
  if (table === 0) return undefined;
  const out: PySequenceMethods = {};
  const has = (k: keyof typeof SEQUENCE) => c.mem.readU32(table + SEQUENCE[k]) !== 0;
  const fn = (o: PyObject, k: keyof typeof SEQUENCE) =>
    sub(cRuntime(), typeAddrOf(o), TYPE.tp_as_sequence, SEQUENCE[k]);
  if (has("sq_length"))
    out.sq_length = (o) => resultInt(cRuntime().callC(fn(o, "sq_length"), "__len__", ptrOf(o)));
  if (has("sq_item"))
    out.sq_item = (o, i) =>
      resultObject(cRuntime().callC(fn(o, "sq_item"), "__getitem__", ptrOf(o), i), () => "__getitem__");
  if (has("sq_ass_item"))
    out.sq_ass_item = (o, i, v) => {
      resultInt(cRuntime().callC(fn(o, "sq_ass_item"), "__setitem__", ptrOf(o), i, ptrOf(v)));
    };
  if (has("sq_contains"))
    out.sq_contains = (o, v) =>
      resultInt(cRuntime().callC(fn(o, "sq_contains"), "__contains__", ptrOf(o), ptrOf(v))) !== 0;
  if (has("sq_concat"))
    out.sq_concat = (a, b) =>
      resultObject(cRuntime().callC(fn(a, "sq_concat"), "__add__", ptrOf(a), ptrOf(b)), () => "__add__");
  if (has("sq_repeat"))
    out.sq_repeat = (o, n) =>
      resultObject(cRuntime().callC(fn(o, "sq_repeat"), "__mul__", ptrOf(o), n), () => "__mul__");
  if (has("sq_inplace_concat"))
    out.sq_inplace_concat = (a, b) =>
      resultObject(
        cRuntime().callC(fn(a, "sq_inplace_concat"), "__iadd__", ptrOf(a), ptrOf(b)),
        () => "__iadd__",
      );
  if (has("sq_inplace_repeat"))
    out.sq_inplace_repeat = (o, n) =>
      resultObject(cRuntime().callC(fn(o, "sq_inplace_repeat"), "__imul__", ptrOf(o), n), () => "__imul__");
  return out;
}

function mappingMethods(c: CRuntime, table: number): PyMappingMethods | undefined {
  if (table === 0) return undefined;
  const out: PyMappingMethods = {};
  const has = (k: keyof typeof MAPPING) => c.mem.readU32(table + MAPPING[k]) !== 0;
  const fn = (o: PyObject, k: keyof typeof MAPPING) =>
    sub(cRuntime(), typeAddrOf(o), TYPE.tp_as_mapping, MAPPING[k]);
  if (has("mp_length"))
    out.mp_length = (o) => resultInt(cRuntime().callC(fn(o, "mp_length"), "__len__", ptrOf(o)));
  if (has("mp_subscript"))
    out.mp_subscript = (o, k) =>
      resultObject(
        cRuntime().callC(fn(o, "mp_subscript"), "__getitem__", ptrOf(o), ptrOf(k)),
        () => "__getitem__",
      );
  if (has("mp_ass_subscript"))
    out.mp_ass_subscript = (o, k, v) => {
      resultInt(cRuntime().callC(fn(o, "mp_ass_subscript"), "__setitem__", ptrOf(o), ptrOf(k), ptrOf(v)));
    };
  return out;
}

/** C `Py_buffer` structs filled by a C exporter for a TypeScript view, until its release. */
const viewStructs = new WeakMap<Py_buffer, number>();

function bufferProcs(c: CRuntime, table: number): PyBufferProcs | undefined {
  if (table === 0 || c.mem.readU32(table + BUFFER_PROCS.bf_getbuffer) === 0) return undefined;
  return markCBufferProcs({
    bf_getbuffer(exporter, view, flags) {
      const cc = cRuntime();
      const v = view as Py_buffer;
      const f = sub(cc, typeAddrOf(exporter), TYPE.tp_as_buffer, BUFFER_PROCS.bf_getbuffer);
      const size = cc.mem.abi.pyBuffer.size;
      const addr = cc.mem.allocator.malloc(size);
      if (addr === 0) raise(PyExc_SystemError, "out of memory for a Py_buffer");
      cc.mem.zero(addr, size);
      try {
        const r = cc.callC(f, "bf_getbuffer", ptrOf(exporter), addr, flags);
        if (r !== 0) {
          raiseIfError();
          raise(PyExc_SystemError, "bf_getbuffer failed without setting an exception");
        }
        const filled = readPyBufferStruct(cc.mem, addr, "bf_getbuffer");
        // The reference C took in view->obj now belongs to the TypeScript view.
        if (filled.obj !== null) cc.objects.addOwned(ptrOf(filled.obj) as never, -1);
        Object.assign(v, filled, { internal: v.internal, released: false });
        viewStructs.set(v, addr);
      } catch (e) {
        forgetViewStruct(addr);
        cc.mem.allocator.free(addr);
        throw e;
      }
    },
    bf_releasebuffer(exporter, view) {
      const cc = cRuntime();
      const v = view as Py_buffer;
      const addr = viewStructs.get(v);
      if (addr === undefined) return;
      viewStructs.delete(v);
      const f = sub(cc, typeAddrOf(exporter), TYPE.tp_as_buffer, BUFFER_PROCS.bf_releasebuffer);
      try {
        if (f !== 0) cc.callC(f, "bf_releasebuffer", ptrOf(exporter), addr);
      } finally {
        forgetViewStruct(addr);
        cc.mem.allocator.free(addr);
      }
    },
  });
}

/**
 * Drops the export record a C exporter's `PyBuffer_FillInfo` made for the temporary struct at `addr`
 * (its reference to view->obj was handed to the TypeScript view, which releases it), so that freeing
 * the struct leaves no record behind.
 */
function forgetViewStruct(addr: number): void {
  const rec = rt.exports.get(addr);
  if (rec === undefined || rec.ts !== null) return;
  rt.exports.delete(addr);
  freeBlocks(rt.mem, rec.blocks);
}

function getsets(c: CRuntime, addr: number, typeName: string): Record<string, PyGetSetDef> {
  const out: Record<string, PyGetSetDef> = {};
  if (addr === 0) return out;
  const short = typeName.slice(typeName.lastIndexOf(".") + 1);
  for (let p = addr; ; p += GETSET_DEF.size) {
    const name = c.mem.readU32(p + GETSET_DEF.name);
    if (name === 0) break;
    const n = c.mem.readCString(name);
    const get = c.mem.readU32(p + GETSET_DEF.get);
    const set = c.mem.readU32(p + GETSET_DEF.set);
    const closure = c.mem.readU32(p + GETSET_DEF.closure);
    const doc = str(c, c.mem.readU32(p + GETSET_DEF.doc));
    const def: PyGetSetDef = {
      get: (o) => {
        if (get === 0) raise(PyExc_AttributeError, `attribute '${n}' of '${short}' objects is not readable`);
        return resultObject(cRuntime().callC(get, `${n} getter`, ptrOf(o), closure), () => `getter of ${n}`);
      },
    };
    if (set !== 0) {
      def.set = (o, v) => {
        resultInt(cRuntime().callC(set, `${n} setter`, ptrOf(o), ptrOf(v), closure));
      };
    }
    if (doc !== null) def.doc = doc;
    out[n] = def;
  }
  return out;
}

/**
 * The C `tp_init` type_call runs on `obj` (0: none): its C type's; for an instance of a
 * class statement over a C type, the nearest C base's unless the class defines `__init__`
 * (which the class's own type_call runs), as the class inherits `tp_init` in CPython.
 */
function initOf(c: CRuntime, obj: PyObject): number {
  return initOfType(c, obj.ob_type);
}

/** `initOf` for an instance of `type`. */
function initOfType(c: CRuntime, type: PyTypeObject): number {
  const ot = ptrOf(type);
  if (cTypes.has(ot)) return slot(c, ot, TYPE.tp_init);
  if (lookupHeap(type, "__init__") !== null) return 0;
  const sb = c.objects.addressIfAny(staticBase(type));
  return sb !== undefined && cTypes.has(sb) ? slot(c, sb, TYPE.tp_init) : 0;
}

/** `type(...)` for a C type: `tp_new(type, args, kwds)`, then `tp_init` if the result is an instance. */
function newBridge(
  newIdx: number,
): (type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null) => PyObject {
  return (type, args, kwargs) => {
    const c = cRuntime();
    const t = argsTuple(args);
    const d = kwargsDict(kwargs);
    try {
      const typeAddr = ptrOf(type);
      const obj = resultObject(
        c.callC(newIdx, `${type.tp_name}.__new__`, typeAddr, t.ptr, d.ptr),
        () => `${type.tp_name}.__new__`,
      );
      runCInit(c, type, obj, t.ptr, d.ptr);
      return obj;
    } finally {
      t.done();
      d.done();
    }
  };
}

/**
 * The second half of `type_call` for an instance `obj` of `type` made by a C
 * type's `tp_new`: its C `tp_init` (`initOf`), if any; on failure `obj` is
 * released and the error raised.
 */
function runCInit(c: CRuntime, type: PyTypeObject, obj: PyObject, args: number, kwargs: number): void {
  const init = initOf(c, obj);
  if (init === 0) return;
  const r = c.callC(init, `${type.tp_name}.__init__`, ptrOf(obj), args, kwargs);
  if (r < 0) {
    Py_DECREF(obj);
    raiseIfError();
    raise(PyExc_SystemError, `${type.tp_name}.__init__ failed without setting an exception`);
  }
}

/**
 * `tp_new` of a C type that inherits it from a built-in (TypeScript) base
 * such as list or dict: the base's new, then, as `type_call` does, the C
 * `tp_init` when the result is an instance of the type (a C `tp_init` that
 * calls `PyList_Type.tp_init` reaches the built-in's `__init__`).
 */
function tsNewThenCInit(base: PyTypeObject, baseNew: newfunc): newfunc {
  // list, dict, set and bytearray are filled by their tp_init; their tp_new ignores the arguments.
  const initFills = initFillsContents(base);
  return (type, args, kwargs) => {
    const c = cRuntime();
    // The arguments are left to an __init__ that will see them: C's tp_init or a subclass's own.
    const initLater = initFills && (initOfType(c, type) !== 0 || lookupHeap(type, "__init__") !== null);
    const obj = initLater ? baseNew(type, [], null) : baseNew(type, args, kwargs);
    if (!PyObject_TypeCheck(obj, type)) return obj;
    if (initOf(c, obj) === 0) return obj;
    const t = argsTuple(args);
    const d = kwargsDict(kwargs);
    try {
      runCInit(c, type, obj, t.ptr, d.ptr);
      return obj;
    } finally {
      t.done();
      d.done();
    }
  };
}

/** The first type on `t`'s base chain that is neither a C type nor a class made at run time. */
function builtinBaseOf(t: PyTypeObject): PyTypeObject {
  let b: PyTypeObject | null = t;
  while (b !== null && (isCType(b) || b instanceof PyHeapTypeObject)) b = b.tp_base;
  return b ?? PyBaseObject_Type;
}

/**
 * `PyList_Type.tp_init(self, args, kwds)` and the like, called from C through
 * a built-in type's mirror: the `__init__` of the built-in type C reached,
 * which is the first type on `self`'s base chain that is neither a C type nor
 * a class made at run time (a C subtype of dict calling `PyDict_Type.tp_init`
 * from its own `tp_init` gets dict's). Returns 0, or raises.
 */
export function builtinInit(self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): number {
  // The built-in's own __init__ bound to self (list___init__, dict_init, object_init...).
  const init = staticTypeAttr(builtinBaseOf(self.ob_type), "__init__", self)!;
  try {
    Py_DECREF(PyObject_Call(init, args, kwargs));
  } finally {
    Py_DECREF(init);
  }
  return 0;
}

/** `PyType_Ready(type)` on the C struct at `addr`; returns the TypeScript type. */
export function typeReady(addr: number): PyTypeObject {
  const c = cRuntime();
  const done = cTypes.get(addr);
  if (done !== undefined) return done;
  const m = c.mem;
  const nameP = m.readU32(addr + TYPE.tp_name);
  if (nameP === 0) raise(PyExc_SystemError, "Type does not define the tp_name field.");
  const name = m.readCString(nameP);
  const baseAddr = m.readU32(addr + TYPE.tp_base);
  let base = PyBaseObject_Type;
  if (baseAddr !== 0) {
    const b = borrow(baseAddr, "PyType_Ready");
    if (!PyType_Check(b)) raise(PyExc_SystemError, `PyType_Ready: tp_base of ${name} is not a type`);
    base = b;
  }
  let flags = m.readU32(addr + TYPE.tp_flags);
  const baseAddrNow = baseAddr !== 0 ? baseAddr : ptrOf(base);
  if (cTypes.has(baseAddrNow)) inheritCSlots(c, addr, baseAddrNow);
  if (m.readI32(addr + TYPE.tp_basicsize) === 0) {
    m.writeI32(addr + TYPE.tp_basicsize, m.readI32(baseAddrNow + TYPE.tp_basicsize));
  }
  // tp_new (3.11 type_ready_set_new): a static type whose base is object and that
  // sets no tp_new cannot be instantiated; otherwise it inherits its base's.
  let newIdx = m.readU32(addr + TYPE.tp_new);
  // Inherited from a TypeScript base (str, int...): its mirror's tp_new dispatches on the
  // type's own tp_new, so the TypeScript type inherits its base's instead of bridging.
  const newFromTs = newIdx === 0 && !cTypes.has(baseAddrNow);
  if (newIdx === 0 && base === PyBaseObject_Type && !(flags & TPFLAGS.HEAPTYPE)) {
    flags |= TPFLAGS.DISALLOW_INSTANTIATION;
  }
  if (flags & TPFLAGS.DISALLOW_INSTANTIATION) newIdx = 0;
  else if (newIdx === 0) newIdx = m.readU32(baseAddrNow + TYPE.tp_new);
  const methods: Record<string, PyMethodDef> = {};
  for (const def of readMethodDefs(m.readU32(addr + TYPE.tp_methods)))
    methods[def.name] = typeMethodDef(def, name);
  // `T.__init__(self, ...)` (a subclass's __init__ calling its C base's): the C tp_init,
  // own or inherited, read at call time on T's struct.
  if (m.readU32(addr + TYPE.tp_init) !== 0 && methods.__init__ === undefined) {
    methods.__init__ = {
      meth: (self, args, kwargs) => {
        const cc = cRuntime();
        const t = argsTuple(args);
        const d = kwargsDict(kwargs);
        try {
          resultInt(cc.callC(slot(cc, addr, TYPE.tp_init), `${name}.__init__`, ptrOf(self), t.ptr, d.ptr));
        } finally {
          t.done();
          d.done();
        }
        return Py_NewRef(Py_None);
      },
      doc: "Initialize self.  See help(type(self)) for accurate signature.",
    };
  }
  const gs = {
    ...readMembers(m.readU32(addr + TYPE.tp_members), name),
    ...getsets(c, m.readU32(addr + TYPE.tp_getset), name),
  };
  const has = (off: number) => m.readU32(addr + off) !== 0;
  const spec: ConstructorParameters<typeof PyTypeObject>[0] = {
    name,
    base,
    basicsize: m.readI32(addr + TYPE.tp_basicsize),
    basetype: (flags & TPFLAGS.BASETYPE) !== 0,
    methods,
    getset: gs,
    dealloc: (o) => deallocInstance(o),
  };
  const doc = str(c, m.readU32(addr + TYPE.tp_doc));
  if (doc !== null) spec.doc = doc;
  if (has(TYPE.tp_repr)) spec.repr = reprSlot("__repr__", TYPE.tp_repr);
  if (has(TYPE.tp_str)) spec.str = reprSlot("__str__", TYPE.tp_str);
  if (has(TYPE.tp_hash)) {
    const h = m.readU32(addr + TYPE.tp_hash);
    if (h === c.jsFunctionIndex("PyObject_HashNotImplemented")) spec.hash = null;
    else
      spec.hash = (o) => {
        const cc = cRuntime();
        return resultInt(cc.callC(slot(cc, typeAddrOf(o), TYPE.tp_hash), "__hash__", ptrOf(o)));
      };
  }
  if (has(TYPE.tp_richcompare)) {
    spec.richcompare = (a, b, op: CompareOp) => {
      const cc = cRuntime();
      const f = slot(cc, typeAddrOf(isCTypeObj(a) ? a : b), TYPE.tp_richcompare);
      return resultObject(cc.callC(f, "__richcmp__", ptrOf(a), ptrOf(b), op), () => "tp_richcompare");
    };
  }
  if (has(TYPE.tp_iter)) spec.iter = unary("__iter__", (cc, t) => slot(cc, t, TYPE.tp_iter));
  if (has(TYPE.tp_iternext)) {
    spec.iternext = (o) => {
      const cc = cRuntime();
      const r = cc.callC(slot(cc, typeAddrOf(o), TYPE.tp_iternext), "__next__", ptrOf(o));
      if (r === 0) {
        const e = currentException();
        if (e === null) return null;
        if (e.ob_type.tp_name === "StopIteration") {
          PyErr_Clear();
          return null;
        }
        raiseIfError();
      }
      return resultObject(r, () => "__next__");
    };
  }
  // tp_dictoffset (own, or inherited from a C base as inherit_special does): the generic
  // attribute functions use the instance dict at that offset (instance-dict.ts).
  if (m.readI32(addr + TYPE.tp_dictoffset) === 0 && cTypes.has(baseAddrNow))
    m.writeI32(addr + TYPE.tp_dictoffset, m.readI32(baseAddrNow + TYPE.tp_dictoffset));
  const withDict = hasDictOffset(addr);
  // Custom attribute access (the generic functions are the object layer's default already).
  const getattro = m.readU32(addr + TYPE.tp_getattro);
  if (withDict && (getattro === 0 || getattro === c.jsFunctionIndex("PyObject_GenericGetAttr")))
    spec.getattro = genericGetAttr;
  if (getattro !== 0 && getattro !== c.jsFunctionIndex("PyObject_GenericGetAttr")) {
    spec.getattro = (o, attr) => {
      const cc = cRuntime();
      const n = PyUnicode_FromString(attr);
      try {
        return resultObject(
          cc.callC(slot(cc, typeAddrOf(o), TYPE.tp_getattro), "__getattribute__", ptrOf(o), ptrOf(n)),
          () => "__getattribute__",
        );
      } finally {
        Py_DECREF(n);
      }
    };
  }
  // The char * forms, when the type has no PyObject * one (`slot_tp_getattr_hook`'s legacy path).
  if (getattro === 0 && has(TYPE.tp_getattr)) {
    spec.getattro = (o, attr) => {
      const cc = cRuntime();
      const f = slot(cc, typeAddrOf(o), TYPE.tp_getattr);
      return resultObject(
        cc.callC(f, "__getattr__", ptrOf(o), cc.mem.internCString(attr)),
        () => "tp_getattr",
      );
    };
  }
  const setattro = m.readU32(addr + TYPE.tp_setattro);
  if (setattro === 0 && has(TYPE.tp_setattr)) {
    spec.setattro = (o, attr, v) => {
      const cc = cRuntime();
      const f = slot(cc, typeAddrOf(o), TYPE.tp_setattr);
      resultInt(cc.callC(f, "__setattr__", ptrOf(o), cc.mem.internCString(attr), ptrOf(v)));
    };
  }
  if (withDict && (setattro === 0 || setattro === c.jsFunctionIndex("PyObject_GenericSetAttr")))
    spec.setattro = genericSetAttr;
  if (setattro !== 0 && setattro !== c.jsFunctionIndex("PyObject_GenericSetAttr")) {
    spec.setattro = (o, attr, v) => {
      const cc = cRuntime();
      const n = PyUnicode_FromString(attr);
      try {
        resultInt(
          cc.callC(slot(cc, typeAddrOf(o), TYPE.tp_setattro), "__setattr__", ptrOf(o), ptrOf(n), ptrOf(v)),
        );
      } finally {
        Py_DECREF(n);
      }
    };
  }
  if (has(TYPE.tp_descr_get)) {
    spec.descr_get = (d, obj, type) => {
      const cc = cRuntime();
      const f = slot(cc, typeAddrOf(d), TYPE.tp_descr_get);
      return resultObject(cc.callC(f, "__get__", ptrOf(d), ptrOf(obj), ptrOf(type)), () => "__get__");
    };
  }
  if (has(TYPE.tp_descr_set)) {
    spec.descr_set = (d, obj, v) => {
      const cc = cRuntime();
      resultInt(
        cc.callC(slot(cc, typeAddrOf(d), TYPE.tp_descr_set), "__set__", ptrOf(d), ptrOf(obj), ptrOf(v)),
      );
    };
  }
  if (has(TYPE.tp_call)) {
    spec.call = (o, args, kwargs) => {
      const cc = cRuntime();
      const t = argsTuple(args);
      const d = kwargsDict(kwargs);
      try {
        return resultObject(
          cc.callC(slot(cc, typeAddrOf(o), TYPE.tp_call), "__call__", ptrOf(o), t.ptr, d.ptr),
          () => `'${name}' object`,
        );
      } finally {
        t.done();
        d.done();
      }
    };
  }
  const nb = numberMethods(c, m.readU32(addr + TYPE.tp_as_number));
  if (nb !== undefined) spec.as_number = nb;
  const sq = sequenceMethods(c, m.readU32(addr + TYPE.tp_as_sequence));
  if (sq !== undefined) spec.as_sequence = sq;
  const mp = mappingMethods(c, m.readU32(addr + TYPE.tp_as_mapping));
  if (mp !== undefined) spec.as_mapping = mp;
  const bp = bufferProcs(c, m.readU32(addr + TYPE.tp_as_buffer));
  if (bp !== undefined) spec.as_buffer = bp;
  if (newIdx !== 0 && newFromTs && base.tp_new !== null) spec.new = tsNewThenCInit(base, base.tp_new);
  else if (newIdx !== 0) spec.new = newBridge(newIdx);
  // Declared with its name and base, then made ready from its slots (even when C gave none).
  const { name: tpName, base: tpBase, ...slots } = spec;
  const t = new PyTypeObject(tpBase === undefined ? { name: tpName } : { name: tpName, base: tpBase });
  PyType_Ready(t, slots);
  if (newIdx === 0) t.tp_new = null;
  // Write back what C code reads.
  c.objects.register(t, addr, false);
  cTypes.set(addr, t);
  c.cTypeAddrs.add(addr);
  if (m.readU32(addr + TYPE.ob_type) === 0) m.writeU32(addr + TYPE.ob_type, ptrOf(t.ob_type));
  m.writeI32(addr + TYPE.ob_refcnt, 0x3fffffff);
  m.writeU32(addr + TYPE.tp_base, baseAddrNow);
  if (m.readU32(addr + TYPE.tp_alloc) === 0)
    m.writeU32(addr + TYPE.tp_alloc, m.readU32(baseAddrNow + TYPE.tp_alloc));
  if (m.readU32(addr + TYPE.tp_free) === 0)
    m.writeU32(addr + TYPE.tp_free, m.readU32(baseAddrNow + TYPE.tp_free));
  m.writeU32(addr + TYPE.tp_new, newIdx);
  let outFlags = flags | TPFLAGS.READY | c.typeFlags(t);
  if (newIdx !== 0) outFlags &= ~TPFLAGS.DISALLOW_INSTANTIATION;
  else outFlags |= TPFLAGS.DISALLOW_INSTANTIATION;
  m.writeU32(addr + TYPE.tp_flags, outFlags >>> 0);
  return t;
}

/** The TypeScript dealloc of a C instance: the type's `tp_dealloc`, else `tp_free` of the block. */
function deallocInstance(o: PyObject): void {
  const c = cRuntime();
  const addr = c.objects.addressIfAny(o);
  if (addr === undefined) return;
  const ta = typeAddrOf(o);
  const d = slot(c, ta, TYPE.tp_dealloc);
  if (d !== 0) {
    c.callC(d, `${o.ob_type.tp_name} dealloc`, addr);
    return;
  }
  builtinDealloc(o, addr);
}

/**
 * `PyList_Type.tp_dealloc(self)` and the like (a C subtype's `tp_dealloc`
 * ending with its built-in base's), and the dealloc of an instance of a C
 * type that has none: the built-in base releases what it holds (a list its
 * items, a dict its entries), then `tp_free` frees the block.
 */
export function builtinDealloc(o: PyObject, addr: number): void {
  const c = cRuntime();
  const bd = builtinBaseOf(o.ob_type).tp_dealloc;
  if (bd !== null) bd(o);
  const f = slot(c, typeAddrOf(o), TYPE.tp_free);
  if (f !== 0) c.callC(f, `${o.ob_type.tp_name} tp_free`, addr);
  else objectFree(addr);
}

/** `PyType_GenericAlloc(type, nitems)`: a zeroed instance block (new reference). */
export function genericAlloc(typeAddr: number, nitems: number): number {
  const c = cRuntime();
  const t = borrow(typeAddr, "PyType_GenericAlloc");
  if (!PyType_Check(t)) raise(PyExc_SystemError, "PyType_GenericAlloc: not a type");
  const basic = c.mem.readI32(typeAddr + TYPE.tp_basicsize);
  const item = c.mem.readI32(typeAddr + TYPE.tp_itemsize);
  // _PyObject_VAR_SIZE: one more item, rounded to pointer size.
  const size = item === 0 ? basic : (basic + (nitems + 1) * item + 3) & ~3;
  const addr = c.mem.allocator.malloc(Math.max(size, 8));
  if (addr === 0) raise(PyExc_SystemError, "out of memory");
  c.mem.zero(addr, Math.max(size, 8));
  const o = new PyObject(t);
  c.objects.register(o, addr, false);
  c.mem.writeI32(addr, 1);
  c.mem.writeU32(addr + 4, typeAddr);
  if (item !== 0) c.mem.writeI32(addr + 8, nitems);
  c.objects.addOwned(addr as never, 1);
  return addr;
}

/** `PyType_GenericNew(type, args, kwds)`: `type->tp_alloc(type, 0)`. */
export function genericNew(typeAddr: number): number {
  const c = cRuntime();
  const alloc = c.mem.readU32(typeAddr + TYPE.tp_alloc);
  if (alloc === 0 || alloc === c.jsFunctionIndex("PyType_GenericAlloc")) return genericAlloc(typeAddr, 0);
  return c.callC(alloc, "tp_alloc", typeAddr, 0) >>> 0;
}

/** `PyObject_Free(p)`: frees a block; if it is an instance, the object is forgotten first. */
export function objectFree(p: number): void {
  if (p === 0) return;
  const c = cRuntime();
  c.objects.unregister(p);
  c.mem.allocator.free(p, "PyObject_Free");
}

/** `object.__new__` for C code calling `PyBaseObject_Type.tp_new`. */
export function objectNew(typeAddr: number): number {
  return genericNew(typeAddr);
}

/** `object`'s `tp_dealloc`: `Py_TYPE(self)->tp_free(self)`. */
export function objectDealloc(addr: number): void {
  const c = cRuntime();
  const ta = c.mem.readU32(addr + 4);
  const f = ta === 0 ? 0 : slot(c, ta, TYPE.tp_free);
  if (f !== 0 && f !== c.jsFunctionIndex("PyObject_Free")) c.callC(f, "tp_free", addr);
  else objectFree(addr);
}

/** `_PyObject_New(type)` (`PyObject_New`): `tp_basicsize` bytes, not zeroed in CPython (zeroed here). */
export function objectNewInstance(typeAddr: number): number {
  return genericAlloc(typeAddr, 0);
}

/** `PyObject_Init(op, type)`: registers a block C allocated itself as an instance of `type`. */
export function objectInit(addr: number, typeAddr: number): number {
  const c = cRuntime();
  const t = borrow(typeAddr, "PyObject_Init");
  if (!PyType_Check(t)) raise(PyExc_SystemError, "PyObject_Init: not a type");
  const o = new PyObject(t);
  c.objects.register(o, addr, false);
  c.mem.writeI32(addr, 1);
  c.mem.writeU32(addr + 4, typeAddr);
  c.objects.addOwned(addr as never, 1);
  return addr;
}
