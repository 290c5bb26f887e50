import { _Py_HashPointer } from "./object-hash.js";
import { callMethodDef } from "./method-call.js";
import { checkNoArgs, checkOneArg } from "./args.js";
import { PyExc_TypeError, raise } from "./exceptions.js";
import { Py_None } from "./none.js";
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyObject,
  type PyMethodDef,
  PyTypeObject,
  PyType_Ready,
  Py_Address,
  PyType_IsSubtype,
} from "./object.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { PyUnicode_FromString } from "./str-object.js";
import { _Py_HashString } from "./hash.js";
import { Py_EnterRecursiveCall, Py_LeaveRecursiveCall, withRecursionCheck } from "./recursion.js";

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
  /** Calls take no level of the recursion limit (3.11's specialized `len`, `isinstance`, `list.append`). */
  declare unchecked: boolean;
  constructor(name: string, fn: PyCFunction, self: PyObject | null, module: string | null, qualname: string) {
    super(PyCFunction_Type);
    this.name = name;
    this.unchecked = name === "len" || name === "isinstance" || name === "append";
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
  // cfunction_call / cfunction_vectorcall_*: _Py_EnterRecursiveCallTstate(" while calling a Python object")
  call: (o, args, kwargs) => {
    const f = o as PyCFunctionObject;
    if (f.unchecked) return f.fn(args, kwargs);
    Py_EnterRecursiveCall(" while calling a Python object");
    try {
      return f.fn(args, kwargs);
    } finally {
      Py_LeaveRecursiveCall();
    }
  },
  hash: (o) => {
    const f = o as PyCFunctionObject;
    // meth_hash: the identity of self combined with the method
    return (f.self === null ? 0 : _Py_HashPointer(f.self)) + _Py_HashString(f.name);
  },
  getset: {
    __name__: { get: (o) => PyUnicode_FromString((o as PyCFunctionObject).name) },
    __qualname__: { get: (o) => PyUnicode_FromString((o as PyCFunctionObject).qualname) },
    __doc__: { get: (o) => docFromInternalDoc((o as PyCFunctionObject).name, (o as PyCFunctionObject).doc) },
    __text_signature__: {
      get: (o) => textSignature((o as PyCFunctionObject).name, (o as PyCFunctionObject).doc),
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

/**
 * Where the `name(sig)\n--\n\n` head of a built-in's doc ends (find_signature +
 * skip_signature of typeobject.c): the index of its `(` and just past the marker,
 * or null when the doc has none (a blank line before the marker, another name).
 */
function signatureHead(name: string, doc: string): { start: number; end: number } | null {
  const short = name.slice(name.lastIndexOf(".") + 1);
  if (!doc.startsWith(`${short}(`)) return null;
  const end = doc.indexOf(")\n--\n\n", short.length);
  const blank = doc.indexOf("\n\n", short.length);
  if (end < 0 || (blank >= 0 && blank < end)) return null;
  return { start: short.length, end: end + 6 };
}

/**
 * `_PyType_GetDocFromInternalDoc(name, doc)`: a built-in's `__doc__` without the
 * signature head; None when empty.
 * @returns New reference.
 */
function docFromInternalDoc(name: string, doc: string | null | undefined): PyObject {
  let d = doc ?? "";
  const head = signatureHead(name, d);
  if (head !== null) d = d.slice(head.end);
  return d === "" ? Py_NewRef(Py_None) : PyUnicode_FromString(d);
}

/**
 * `_PyType_GetTextSignatureFromInternalDoc(name, doc)`: `__text_signature__`, the
 * `(sig)` of the doc's head, or None.
 * @returns New reference.
 */
function textSignature(name: string, doc: string | null | undefined): PyObject {
  const head = signatureHead(name, doc ?? "");
  return head === null ? Py_NewRef(Py_None) : PyUnicode_FromString(doc!.slice(head.start, head.end - 5));
}

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
 * @returns New reference.
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

/**
 * A method of `owner` bound to `self` (borrowed; the method takes a reference).
 * @returns New reference.
 */
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
  f.methodCall = (args, kwargs) =>
    withRecursionCheck(" while calling a Python object", () =>
      callMethodDef(def, qualname, bound, args, kwargs, true),
    );
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
    __doc__: {
      get: (o) => docFromInternalDoc((o as PyMethodDescrObject).name, (o as PyMethodDescrObject).def.doc),
    },
    __text_signature__: {
      get: (o) => textSignature((o as PyMethodDescrObject).name, (o as PyMethodDescrObject).def.doc),
    },
    __name__: { get: (o) => PyUnicode_FromString((o as PyMethodDescrObject).name) },
    __qualname__: {
      get: (o) => {
        const d = o as PyMethodDescrObject;
        return PyUnicode_FromString(`${d.owner.shortName}.${d.name}`);
      },
    },
  },
});

/**
 * New reference to a method descriptor.
 * @returns New reference.
 */
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
PyType_Ready(PyMemberDescr_Type, {});

/**
 * New reference to a getset descriptor.
 * @returns New reference.
 */
export function PyGetSetDescr_New(name: string, owner: PyTypeObject): PyObject {
  return new PyGetSetDescrObject(name, owner);
}

/** `PyCFunction_Check(o)`. */
export function PyCFunction_Check(o: PyObject): o is PyCFunctionObject {
  return o.ob_type === PyCFunction_Type;
}
