/**
 * Builtin functions and methods (`Objects/methodobject.c`, `descrobject.c`):
 *
 * - `builtin_function_or_method`: a JS function, optionally bound to `self`
 *   (`<built-in function len>`, `<built-in method cast of memoryview object at 0x...>`).
 * - `method_descriptor`: a method looked up on its type (`<method 'append' of 'list' objects>`),
 *   called with `self` first.
 * - `getset_descriptor`: `<attribute 'nbytes' of 'memoryview' objects>`.
 * - `method-wrapper`: a slot exposed as a dunder (`m.__len__()`, `m.__eq__(x)`).
 *
 * Invariant: a bound method owns a reference to its `self`.
 */
import {
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_HashValue,
  _Py_HashPointer,
  PyObject_IsTrue,
  PyObject_Length,
  PyObject_SetItem,
  PyObject_DelItem,
  PySequence_Contains,
  PyIter_Next,
  callMethodDef,
  repr,
  str,
} from "./abstract.js";
import { checkNoArgs, checkOneArg } from "./args.js";
import { PyBool_FromBool } from "./bool.js";
import {
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_SystemError,
  PyExc_TypeError,
  raise,
} from "./exceptions.js";
import { PyLong_FromNumber, PyLong_FromValue } from "./int.js";
import { PyNumber_AsSsize_t } from "./number.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import {
  type CompareOp,
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyObject,
  type PyMethodDef,
  PyTypeObject,
  Py_Address,
  PyType_IsSubtype,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_LE,
  Py_LT,
  Py_NE,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString } from "./str.js";
import { _Py_HashString } from "./hash.js";

export type PyCFunction = (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

/** `PyCFunctionObject`. */
export class PyCFunctionObject extends PyObject {
  declare name: string;
  declare fn: PyCFunction;
  /** Bound object (owned), or null for a plain function. */
  declare self: PyObject | null;
  /** `__module__` for module-level functions (messages say `_testbuffer.f()`). */
  declare module: string | null;
  /** `__qualname__` (e.g. `memoryview.cast` for a bound method). */
  declare qualname: string;
  /** A static method's type: its repr says `of type object` though `__self__` is None. */
  staticOwner: PyTypeObject | null = null;
  /** `__doc__` (`ml_doc`), or null. */
  doc: string | null = null;
  /**
   * For a method bound from its type's method def: the call as CPython makes it
   * for `obj.meth(...)` (LOAD_METHOD + the method descriptor). Null otherwise.
   */
  methodCall: PyCFunction | null = null;
  constructor(name: string, fn: PyCFunction, self: PyObject | null, module: string | null, qualname: string) {
    super(PyCFunction_Type);
    this.name = name;
    this.fn = fn;
    this.self = self;
    this.module = module;
    this.qualname = qualname;
  }
}

function isModule(o: PyObject): boolean {
  return o.ob_type.tp_name === "module";
}

export const PyCFunction_Type: PyTypeObject = new PyTypeObject({
  name: "builtin_function_or_method",
  dealloc: (o) => {
    const f = o as PyCFunctionObject;
    const s = f.self;
    f.self = null;
    if (s !== null) Py_DECREF(s);
  },
  repr: (o) => {
    const f = o as PyCFunctionObject;
    if (f.staticOwner !== null) {
      const t = f.staticOwner;
      return `<built-in method ${f.name} of ${t.ob_type.tp_name} object at ${Py_Address(t)}>`;
    }
    if (f.self === null || isModule(f.self)) return `<built-in function ${f.name}>`;
    // a classmethod's self is a type: `of type object at 0x...`
    const s = f.self;
    return `<built-in method ${f.name} of ${s.ob_type.tp_name} object at ${Py_Address(s)}>`;
  },
  call: (o, args, kwargs) => (o as PyCFunctionObject).fn(args, kwargs),
  hash: (o) => {
    const f = o as PyCFunctionObject;
    // meth_hash: the identity of self combined with the method
    return (f.self === null ? 0 : _Py_HashPointer(f.self)) + _Py_HashString(f.name);
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PyCFunctionObject).name) },
    __qualname__: { get: (o) => PyUnicode_FromString((o as PyCFunctionObject).qualname) },
    __doc__: {
      get: (o) => {
        const d = (o as PyCFunctionObject).doc;
        return d === null ? Py_NewRef(Py_None) : PyUnicode_FromString(d);
      },
    },
    __module__: {
      get: (o) => {
        const m = (o as PyCFunctionObject).module;
        return m === null ? Py_NewRef(Py_None) : PyUnicode_FromString(m);
      },
    },
    __self__: {
      get: (o) => {
        const s = (o as PyCFunctionObject).self ?? Py_None;
        Py_INCREF(s);
        return s;
      },
    },
  },
});

/** Options for `PyCFunction_New`. */
export interface PyCFunctionOptions {
  /** `METH_NOARGS` / `METH_O`: checked before `fn` runs, with CPython's messages. */
  flags?: number;
  /** Module name for module-level functions (`struct`, `_testbuffer`). */
  module?: string;
  /** Qualified name; default `name`. */
  qualname?: string;
  /** `__doc__` (`ml_doc`). */
  doc?: string;
}

/**
 * `PyCFunction_New`: a builtin function object calling `fn(args, kwargs)`
 * (borrowed arguments, new result). `self` (borrowed; a reference is taken)
 * only affects the repr (`<built-in method ...>`). New reference.
 */
export function PyCFunction_New(
  name: string,
  fn: PyCFunction,
  self: PyObject | null = null,
  opts: PyCFunctionOptions = {},
): PyCFunctionObject {
  const flags = opts.flags ?? 0;
  const module = opts.module ?? null;
  const qualname = opts.qualname ?? name;
  let call = fn;
  if (flags & (METH_NOARGS | METH_O)) {
    const funcstr = module !== null && module !== "builtins" ? `${module}.${qualname}()` : `${qualname}()`;
    call =
      flags & METH_NOARGS
        ? (args, kwargs) => {
            checkNoArgs(funcstr, args, kwargs);
            return fn(args, kwargs);
          }
        : (args, kwargs) => {
            checkOneArg(funcstr, args, kwargs);
            return fn(args, kwargs);
          };
  }
  if (self !== null) Py_INCREF(self);
  const f = new PyCFunctionObject(name, call, self, module, qualname);
  if (opts.doc !== undefined) f.doc = opts.doc;
  return f;
}

/** A method of `owner` bound to `self` (borrowed; the method takes a reference). New reference. */
export function PyBoundMethod_New(
  def: PyMethodDef,
  name: string,
  owner: PyTypeObject,
  self: PyObject | null,
): PyObject {
  const qualname = `${owner.shortName}.${name}`;
  const bound = self ?? owner;
  const f = new PyCFunctionObject(
    name,
    (args, kwargs) => callMethodDef(def, qualname, bound, args, kwargs, false),
    self,
    null,
    qualname,
  );
  f.methodCall = (args, kwargs) => callMethodDef(def, qualname, bound, args, kwargs, true);
  if (def.doc !== undefined) f.doc = def.doc;
  if (self !== null) Py_INCREF(self);
  else if (def.staticmethod) f.staticOwner = owner;
  return f;
}

/** `method_descriptor`: an unbound method taken from its type. */
export class PyMethodDescrObject extends PyObject {
  declare def: PyMethodDef;
  declare name: string;
  declare owner: PyTypeObject;
  constructor(def: PyMethodDef, name: string, owner: PyTypeObject) {
    super(PyMethodDescr_Type);
    this.def = def;
    this.name = name;
    this.owner = owner;
  }
}

export const PyMethodDescr_Type: PyTypeObject = new PyTypeObject({
  name: "method_descriptor",
  repr: (o) => {
    const d = o as PyMethodDescrObject;
    return `<method '${d.name}' of '${d.owner.tp_name}' objects>`;
  },
  call: (o, args, kwargs) => {
    const d = o as PyMethodDescrObject;
    const qualname = `${d.owner.shortName}.${d.name}`;
    if (args.length < 1) raise(PyExc_TypeError, `unbound method ${qualname}() needs an argument`);
    const self = args[0]!;
    if (self.ob_type !== d.owner && !PyType_IsSubtype(self.ob_type, d.owner)) {
      raise(
        PyExc_TypeError,
        `descriptor '${d.name}' for '${d.owner.tp_name}' objects doesn't apply to a '${self.ob_type.tp_name}' object`,
      );
    }
    return callMethodDef(d.def, qualname, self, args.slice(1), kwargs);
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PyMethodDescrObject).name) },
    __qualname__: {
      get: (o) => {
        const d = o as PyMethodDescrObject;
        return PyUnicode_FromString(`${d.owner.shortName}.${d.name}`);
      },
    },
  },
});

/** New reference to a method descriptor. */
export function PyMethodDescr_New(def: PyMethodDef, name: string, owner: PyTypeObject): PyObject {
  return new PyMethodDescrObject(def, name, owner);
}

/** `getset_descriptor`. */
export class PyGetSetDescrObject extends PyObject {
  declare name: string;
  declare owner: PyTypeObject;
  constructor(name: string, owner: PyTypeObject) {
    super(owner.tp_getset.get(name)?.member ? PyMemberDescr_Type : PyGetSetDescr_Type);
    this.name = name;
    this.owner = owner;
  }
}

export const PyGetSetDescr_Type: PyTypeObject = new PyTypeObject({
  name: "getset_descriptor",
  repr: (o) => {
    const d = o as PyGetSetDescrObject;
    const kind = d.ob_type === PyMemberDescr_Type ? "member" : "attribute";
    return `<${kind} '${d.name}' of '${d.owner.tp_name}' objects>`;
  },
  getset: {
    __doc__: {
      get: (o) => {
        const d = o as PyGetSetDescrObject;
        const doc = d.owner.tp_getset.get(d.name)?.doc;
        return doc === undefined ? Py_NewRef(Py_None) : PyUnicode_FromString(doc);
      },
    },
  },
  methods: {
    __get__: {
      meth: (self, args) => {
        const d = self as PyGetSetDescrObject;
        const obj = args[0]!;
        if (obj === Py_None) {
          Py_INCREF(self);
          return self;
        }
        if (obj.ob_type !== d.owner && !PyType_IsSubtype(obj.ob_type, d.owner)) {
          raise(
            PyExc_TypeError,
            `descriptor '${d.name}' for '${d.owner.tp_name}' objects doesn't apply to a '${obj.ob_type.tp_name}' object`,
          );
        }
        return d.owner.tp_getset.get(d.name)!.get(obj);
      },
    },
  },
});

/**
 * `member_descriptor`: the descriptor of a `PyMemberDef` of a C type
 * (`<member 'rows' of 'cbuf.Grid' objects>`); it behaves as a getset descriptor.
 */
export const PyMemberDescr_Type: PyTypeObject = new PyTypeObject({
  name: "member_descriptor",
  base: PyGetSetDescr_Type,
});

/** New reference to a getset descriptor. */
export function PyGetSetDescr_New(name: string, owner: PyTypeObject): PyObject {
  return new PyGetSetDescrObject(name, owner);
}

// ---------------------------------------------------------------- method-wrapper (slot dunders)

const cmpOps: Record<string, CompareOp> = {
  __lt__: Py_LT,
  __le__: Py_LE,
  __eq__: Py_EQ,
  __ne__: Py_NE,
  __gt__: Py_GT,
  __ge__: Py_GE,
};

/** `method-wrapper`: a dunder bound to `self`, calling the type's slot. */
export class PyMethodWrapperObject extends PyObject {
  declare name: string;
  declare self: PyObject | null;
  constructor(name: string, self: PyObject) {
    super(PyMethodWrapper_Type);
    this.name = name;
    this.self = self;
  }
}

function callSlot(name: string, self: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const t = self.ob_type;
  const op = cmpOps[name];
  if (op !== undefined) {
    wrapperArgs(name, args, kwargs, 1);
    const other = args[0]!;
    const f = t.tp_richcompare;
    if (f === null) {
      // object's default: identity for ==/!=, NotImplemented otherwise
      if (op === Py_EQ) return self === other ? PyBool_FromBool(true) : notImplemented();
      if (op === Py_NE) return self === other ? PyBool_FromBool(false) : notImplemented();
      return notImplemented();
    }
    return f(self, other, op);
  }
  switch (name) {
    case "__len__":
      wrapperArgs(name, args, kwargs, 0);
      return PyLong_FromNumber(PyObject_Length(self));
    case "__hash__":
      wrapperArgs(name, args, kwargs, 0);
      return PyLong_FromValue(PyObject_HashValue(self));
    case "__repr__":
      wrapperArgs(name, args, kwargs, 0);
      return PyUnicode_FromString(repr(self));
    case "__str__":
      wrapperArgs(name, args, kwargs, 0);
      return PyUnicode_FromString(str(self));
    case "__bool__":
      wrapperArgs(name, args, kwargs, 0);
      return PyBool_FromBool(PyObject_IsTrue(self));
    case "__iter__": {
      wrapperArgs(name, args, kwargs, 0);
      const it = PyObject_GetIter(self);
      if (_iterResultHasError(it)) {
        // _Py_CheckFunctionResult on the slot wrapper's call
        Py_DECREF(it);
        raise(
          PyExc_SystemError,
          `<slot wrapper '__iter__' of '${t.tp_name}' objects> returned a result with an exception set`,
        );
      }
      return it;
    }
    case "__next__": {
      wrapperArgs(name, args, kwargs, 0);
      const r = PyIter_Next(self);
      if (r === null) raise(PyExc_StopIteration);
      return r;
    }
    case "__getitem__":
      wrapperArgs(name, args, kwargs, 1);
      return PyObject_GetItem(self, args[0]!);
    case "__contains__":
      wrapperArgs(name, args, kwargs, 1);
      return PyBool_FromBool(PySequence_Contains(self, args[0]!));
    case "__delitem__":
      wrapperArgs(name, args, kwargs, 1);
      PyObject_DelItem(self, args[0]!);
      return Py_NewRef(Py_None);
    case "__setitem__":
      wrapperArgs(name, args, kwargs, 2);
      PyObject_SetItem(self, args[0]!, args[1]!);
      return Py_NewRef(Py_None);
    case "__call__":
      return PyObject_Call(self, args, kwargs);
    case "__getattribute__": {
      // wrap_binaryfunc over tp_getattro
      wrapperArgs(name, args, kwargs, 1);
      const n = args[0]!;
      if (!PyUnicode_Check(n))
        raise(PyExc_TypeError, `attribute name must be string, not '${n.ob_type.tp_name}'`);
      return PyObject_GetAttr(self, n.value);
    }
    case "__index__":
    case "__int__":
    case "__float__": {
      wrapperArgs(name, args, kwargs, 0);
      const nb = t.tp_as_number!;
      const f = name === "__index__" ? nb.nb_index : name === "__int__" ? nb.nb_int : nb.nb_float;
      return f!(self);
    }
  }
  const r = callOperatorSlot(name, self, args, kwargs);
  if (r !== undefined) return r;
  raise(PyExc_TypeError, `'${t.tp_name}' object has no slot ${name}`);
}

let _iterResultHasError: (it: PyObject) => boolean = () => false;

/**
 * Registers the test for an iterator returned "with an exception set"
 * (CPython 3.11's `memory_iter` on a released view), which the `__iter__`
 * slot wrapper reports as SystemError.
 */
export function _PyIter_SetResultCheck(f: (it: PyObject) => boolean): void {
  _iterResultHasError = f;
}

type NbSlotName = keyof import("./object.js").PyNumberMethods;

/**
 * The binary number dunders (`slotdefs` of `Objects/typeobject.c`): the nb
 * slot, and whether the wrapper is reflected (`wrap_binaryfunc_r` calls the
 * slot with the operands swapped). `__add__`/`__mul__`/`__rmul__`/`__iadd__`/
 * `__imul__` fall back to the sequence slots when the nb slot is absent.
 */
const nbBinaryDunders: Record<string, [NbSlotName, boolean]> = {
  __add__: ["nb_add", false],
  __radd__: ["nb_add", true],
  __sub__: ["nb_subtract", false],
  __rsub__: ["nb_subtract", true],
  __mul__: ["nb_multiply", false],
  __rmul__: ["nb_multiply", true],
  __mod__: ["nb_remainder", false],
  __rmod__: ["nb_remainder", true],
  __divmod__: ["nb_divmod", false],
  __rdivmod__: ["nb_divmod", true],
  __lshift__: ["nb_lshift", false],
  __rlshift__: ["nb_lshift", true],
  __rshift__: ["nb_rshift", false],
  __rrshift__: ["nb_rshift", true],
  __and__: ["nb_and", false],
  __rand__: ["nb_and", true],
  __xor__: ["nb_xor", false],
  __rxor__: ["nb_xor", true],
  __or__: ["nb_or", false],
  __ror__: ["nb_or", true],
  __floordiv__: ["nb_floor_divide", false],
  __rfloordiv__: ["nb_floor_divide", true],
  __truediv__: ["nb_true_divide", false],
  __rtruediv__: ["nb_true_divide", true],
  __iadd__: ["nb_inplace_add", false],
  __isub__: ["nb_inplace_subtract", false],
  __imul__: ["nb_inplace_multiply", false],
};

const nbUnaryDunders: Record<string, NbSlotName> = {
  __neg__: "nb_negative",
  __pos__: "nb_positive",
  __abs__: "nb_absolute",
  __invert__: "nb_invert",
};

/** The sequence slot behind a dunder when the type has no number slot for it. */
const sqDunders: Record<string, keyof import("./object.js").PySequenceMethods> = {
  __add__: "sq_concat",
  __mul__: "sq_repeat",
  __rmul__: "sq_repeat",
  __iadd__: "sq_inplace_concat",
  __imul__: "sq_inplace_repeat",
};

/** Whether `t` exposes the number/sequence dunder `name` as a slot wrapper (`add_operators`). */
export function hasOperatorDunder(t: PyTypeObject, name: string): boolean {
  const nb = t.tp_as_number;
  if (name === "__pow__" || name === "__rpow__") return nb?.nb_power !== undefined;
  const bin = nbBinaryDunders[name];
  if (bin !== undefined && nb?.[bin[0]] !== undefined) return true;
  const un = nbUnaryDunders[name];
  if (un !== undefined) return nb?.[un] !== undefined;
  const sq = sqDunders[name];
  return sq !== undefined && t.tp_as_sequence?.[sq] !== undefined;
}

/** Calls the number/sequence slot behind dunder `name` (`wrap_binaryfunc_l/_r`, `wrap_indexargfunc`...). */
function callOperatorSlot(
  name: string,
  self: PyObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
): PyObject | undefined {
  const t = self.ob_type;
  const nb = t.tp_as_number;
  if (name === "__pow__" || name === "__rpow__") {
    if (kwargs !== null && kwargs.size > 0)
      raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (name === "__pow__") {
      // wrap_ternaryfunc: PyArg_UnpackTuple(args, "", 1, 2, ...)
      if (args.length < 1) raise(PyExc_TypeError, ` expected at least 1 argument, got ${args.length}`);
      if (args.length > 2) raise(PyExc_TypeError, ` expected at most 2 arguments, got ${args.length}`);
      return nb!.nb_power!(self, args[0]!, args[1] ?? Py_None);
    }
    if (args.length < 1) raise(PyExc_TypeError, ` expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) raise(PyExc_TypeError, ` expected at most 2 arguments, got ${args.length}`);
    return nb!.nb_power!(args[0]!, self, args[1] ?? Py_None);
  }
  const un = nbUnaryDunders[name];
  if (un !== undefined) {
    wrapperArgs(name, args, kwargs, 0);
    return (nb![un] as (o: PyObject) => PyObject)(self);
  }
  const bin = nbBinaryDunders[name];
  if (bin !== undefined) {
    const f = nb?.[bin[0]] as ((a: PyObject, b: PyObject) => PyObject) | undefined;
    if (f !== undefined) {
      wrapperArgs(name, args, kwargs, 1);
      return bin[1] ? f(args[0]!, self) : f(self, args[0]!);
    }
  }
  const sq = sqDunders[name];
  if (sq !== undefined) {
    const sqm = t.tp_as_sequence!;
    wrapperArgs(name, args, kwargs, 1);
    if (sq === "sq_concat" || sq === "sq_inplace_concat") return sqm[sq]!(self, args[0]!);
    // wrap_indexargfunc: the count goes through PyNumber_AsSsize_t(o, OverflowError)
    const n = PyNumber_AsSsize_t(args[0]!, PyExc_OverflowError);
    return (sqm[sq] as (o: PyObject, n: number) => PyObject)(self, n);
  }
  return undefined;
}

function notImplemented(): PyObject {
  Py_INCREF(Py_NotImplemented);
  return Py_NotImplemented;
}

/** `check_num_args` of slot wrappers: `expected 1 argument, got 0`. */
function wrapperArgs(name: string, args: readonly PyObject[], kwargs: KwArgs | null, n: number): void {
  if (kwargs !== null && kwargs.size > 0)
    raise(PyExc_TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n)
    raise(PyExc_TypeError, `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

export const PyMethodWrapper_Type: PyTypeObject = new PyTypeObject({
  name: "method-wrapper",
  dealloc: (o) => {
    const w = o as PyMethodWrapperObject;
    const s = w.self;
    w.self = null;
    if (s !== null) Py_DECREF(s);
  },
  repr: (o) => {
    const w = o as PyMethodWrapperObject;
    const s = w.self!;
    return `<method-wrapper '${w.name}' of ${s.ob_type.tp_name} object at ${Py_Address(s)}>`;
  },
  call: (o, args, kwargs) => {
    const w = o as PyMethodWrapperObject;
    return callSlot(w.name, w.self!, args, kwargs);
  },
});

/** `wrapper_descriptor`: a slot dunder taken from its type (`bytes.__len__`). */
export class PySlotDescrObject extends PyObject {
  declare name: string;
  declare owner: PyTypeObject;
  constructor(name: string, owner: PyTypeObject) {
    super(PySlotDescr_Type);
    this.name = name;
    this.owner = owner;
  }
}

export const PySlotDescr_Type: PyTypeObject = new PyTypeObject({
  name: "wrapper_descriptor",
  repr: (o) => {
    const d = o as PySlotDescrObject;
    return `<slot wrapper '${d.name}' of '${d.owner.tp_name}' objects>`;
  },
  call: (o, args, kwargs) => {
    // wrapperdescr_call: the first argument is self, checked against the owner type
    const d = o as PySlotDescrObject;
    if (args.length < 1) {
      raise(PyExc_TypeError, `descriptor '${d.name}' of '${d.owner.tp_name}' object needs an argument`);
    }
    const self = args[0]!;
    if (self.ob_type !== d.owner && !PyType_IsSubtype(self.ob_type, d.owner)) {
      raise(
        PyExc_TypeError,
        `descriptor '${d.name}' requires a '${d.owner.tp_name}' object but received a '${self.ob_type.tp_name}'`,
      );
    }
    return callSlot(d.name, self, args.slice(1), kwargs);
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PySlotDescrObject).name) },
    __qualname__: {
      get: (o) => {
        const d = o as PySlotDescrObject;
        return PyUnicode_FromString(`${d.owner.shortName}.${d.name}`);
      },
    },
  },
});

/** New reference to the slot wrapper descriptor `owner.name`. */
export function PySlotDescr_New(name: string, owner: PyTypeObject): PyObject {
  return new PySlotDescrObject(name, owner);
}

/** A method-wrapper for slot `name` bound to `self` (borrowed; a reference is taken). New reference. */
export function PySlotWrapper_New(name: string, self: PyObject): PyObject {
  Py_INCREF(self);
  return new PyMethodWrapperObject(name, self);
}

/** `PyCFunction_Check(o)`. */
export function PyCFunction_Check(o: PyObject): o is PyCFunctionObject {
  return o.ob_type === PyCFunction_Type;
}
