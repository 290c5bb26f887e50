/**
 * Function objects (`Objects/funcobject.c`): what `def` and `lambda` make.
 * `@py/object` keeps the attributes CPython keeps (`__name__`,
 * `__qualname__`, `__defaults__`, `__kwdefaults__`, `__closure__`, `__doc__`,
 * `__module__`, `__dict__`, `__annotations__`) and leaves the code to the
 * interpreter: it gives its own code object (any JS value) and the call,
 * `vectorcall(func, args, kwargs)`, which reads the defaults and the closure
 * from the function object at each call (Python code may replace them).
 */
import { PyDict_Check, type PyDictObject } from "./dict-object.js";
import { PyDict_New } from "./dict.js";
import { PyExc_AttributeError, PyExc_TypeError, raise } from "./exceptions.js";
import { PyObject_GenericGetAttrWithDict, PyObject_GenericSetAttrWithDict } from "./generic-attr.js";
import { Py_None } from "./none.js";
import { type KwArgs, PyObject, PyTypeObject, Py_Address } from "./object.js";
import { Py_INCREF, Py_NewRef, Py_XDECREF } from "./refcount.js";
import { PyUnicode_Check, PyUnicode_FromString } from "./str-object.js";
import { PyTuple_Check, PyTuple_FromBorrowed, type PyTupleObject } from "./tuple-object.js";
import { PyMethod_New } from "./method-object.js";
import { descrGetMethod } from "./descr-get.js";

/** The call of a function: binds `args`/`kwargs` (borrowed) to the code and runs it. New reference. */
export type PyFunctionCall = (
  func: PyFunctionObject,
  args: readonly PyObject[],
  kwargs: KwArgs | null,
) => PyObject;

/** `PyFunctionObject`. Every PyObject field is an owned reference. */
export class PyFunctionObject extends PyObject {
  /** `__code__`: the interpreter's code object (any JS value; shown to Python only if a PyObject). */
  declare func_code: unknown;
  /** `__globals__`: the module namespace (any JS value; shown to Python only if a PyObject). */
  declare func_globals: unknown;
  declare func_name: string;
  declare func_qualname: string;
  /** `__defaults__`: a tuple, or null for None. */
  declare func_defaults: PyTupleObject | null;
  /** `__kwdefaults__`: a dict, or null for None. */
  declare func_kwdefaults: PyDictObject | null;
  /** `__closure__`: a tuple of cells, or null for None. */
  declare func_closure: PyTupleObject | null;
  declare func_doc: PyObject;
  declare func_module: PyObject;
  /** `__dict__` (made on first use). */
  declare func_dict: PyDictObject | null;
  /** `__annotations__` (made on first use). */
  declare func_annotations: PyDictObject | null;
  /** The call (CPython's `vectorcall` slot of a function). */
  declare vectorcall: PyFunctionCall;
  constructor(name: string, qualname: string, call: PyFunctionCall) {
    super(PyFunction_Type);
    this.func_code = null;
    this.func_globals = null;
    this.func_name = name;
    this.func_qualname = qualname;
    this.func_defaults = null;
    this.func_kwdefaults = null;
    this.func_closure = null;
    this.func_doc = Py_NewRef(Py_None);
    this.func_module = Py_NewRef(Py_None);
    this.func_dict = null;
    this.func_annotations = null;
    this.vectorcall = call;
  }
}

function fn(o: PyObject): PyFunctionObject {
  return o as PyFunctionObject;
}

function orNone(o: PyObject | null): PyObject {
  return Py_NewRef(o ?? Py_None);
}

/** `func_descr_get`: a function in a class dict binds to the instance. */
function funcDescrGet(o: PyObject, obj: PyObject | null): PyObject {
  return obj === null || obj === Py_None ? Py_NewRef(o) : PyMethod_New(o, obj);
}

/** `PyMember_SetOne` of a READONLY member. */
function readonly(): never {
  raise(PyExc_AttributeError, "readonly attribute");
}

function funcDict(f: PyFunctionObject): PyDictObject {
  if (f.func_dict === null) f.func_dict = PyDict_New();
  return f.func_dict;
}

/** Replaces an owned field, taking a reference to `v`. */
function swap<
  K extends "func_defaults" | "func_kwdefaults" | "func_doc" | "func_module" | "func_annotations",
>(f: PyFunctionObject, k: K, v: PyFunctionObject[K]): void {
  const old = f[k] as PyObject | null;
  if (v !== null) Py_INCREF(v);
  f[k] = v;
  Py_XDECREF(old);
}

export const PyFunction_Type: PyTypeObject = new PyTypeObject({
  name: "function",
  repr: (o) => `<function ${fn(o).func_qualname} at ${Py_Address(o)}>`,
  call: (o, args, kwargs) => fn(o).vectorcall(fn(o), args, kwargs),
  descr_get: funcDescrGet,
  getattro: (o, name) => PyObject_GenericGetAttrWithDict(o, name, fn(o).func_dict),
  setattro: (o, name, v) =>
    PyObject_GenericSetAttrWithDict(o, name, v, fn(o).func_dict, () => funcDict(fn(o))),
  dealloc: (o) => {
    const f = fn(o);
    const owned = [
      f.func_defaults,
      f.func_kwdefaults,
      f.func_closure,
      f.func_doc,
      f.func_module,
      f.func_dict,
    ];
    owned.push(f.func_annotations);
    f.func_defaults = f.func_kwdefaults = f.func_closure = f.func_dict = f.func_annotations = null;
    for (const x of owned) Py_XDECREF(x);
  },
  methods: { __get__: descrGetMethod(funcDescrGet) },
  getset: {
    __name__: {
      get: (o) => PyUnicode_FromString(fn(o).func_name),
      set: (o, v) => {
        if (v === null || !PyUnicode_Check(v))
          raise(PyExc_TypeError, "__name__ must be set to a string object");
        fn(o).func_name = v.value;
      },
    },
    __qualname__: {
      get: (o) => PyUnicode_FromString(fn(o).func_qualname),
      set: (o, v) => {
        if (v === null || !PyUnicode_Check(v))
          raise(PyExc_TypeError, "__qualname__ must be set to a string object");
        fn(o).func_qualname = v.value;
      },
    },
    __defaults__: {
      get: (o) => orNone(fn(o).func_defaults),
      set: (o, v) => {
        if (v !== null && v !== Py_None && !PyTuple_Check(v))
          raise(PyExc_TypeError, "__defaults__ must be set to a tuple object");
        swap(fn(o), "func_defaults", v === Py_None ? null : (v as PyTupleObject | null));
      },
    },
    __kwdefaults__: {
      get: (o) => orNone(fn(o).func_kwdefaults),
      set: (o, v) => {
        if (v !== null && v !== Py_None && !PyDict_Check(v))
          raise(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
        swap(fn(o), "func_kwdefaults", v === Py_None ? null : (v as PyDictObject | null));
      },
    },
    __closure__: { get: (o) => orNone(fn(o).func_closure), set: readonly, member: true },
    __doc__: {
      get: (o) => Py_NewRef(fn(o).func_doc),
      set: (o, v) => swap(fn(o), "func_doc", v ?? Py_None),
    },
    __module__: {
      get: (o) => Py_NewRef(fn(o).func_module),
      set: (o, v) => swap(fn(o), "func_module", v ?? Py_None),
    },
    __dict__: {
      get: (o) => Py_NewRef(funcDict(fn(o))),
      set: (o, v) => {
        if (v === null) raise(PyExc_TypeError, "cannot delete __dict__");
        if (!PyDict_Check(v))
          raise(PyExc_TypeError, `__dict__ must be set to a dictionary, not a '${v.ob_type.tp_name}'`);
        const f = fn(o);
        const old = f.func_dict;
        Py_INCREF(v);
        f.func_dict = v;
        Py_XDECREF(old);
      },
    },
    __annotations__: {
      get: (o) => {
        const f = fn(o);
        if (f.func_annotations === null) f.func_annotations = PyDict_New();
        return Py_NewRef(f.func_annotations);
      },
      set: (o, v) => {
        if (v !== null && v !== Py_None && !PyDict_Check(v))
          raise(PyExc_TypeError, "__annotations__ must be set to a dict object");
        swap(fn(o), "func_annotations", v === Py_None ? null : (v as PyDictObject | null));
      },
    },
    __code__: {
      get: (o) => {
        const c = fn(o).func_code;
        if (!(c instanceof PyObject))
          raise(PyExc_AttributeError, "'function' object has no attribute '__code__'");
        return Py_NewRef(c);
      },
      set: () => raise(PyExc_TypeError, "__code__ must be set to a code object"),
    },
    __globals__: {
      get: (o) => {
        const g = fn(o).func_globals;
        if (!(g instanceof PyObject))
          raise(PyExc_AttributeError, "'function' object has no attribute '__globals__'");
        return Py_NewRef(g);
      },
      set: readonly,
      member: true,
    },
  },
});

/** What `PyFunction_New` needs beyond the name and the call. Objects are borrowed. */
export interface PyFunctionOptions {
  /** `__qualname__` (default: the name), e.g. `C.f` or `outer.<locals>.inner`. */
  qualname?: string;
  /** The interpreter's code object. */
  code?: unknown;
  /** The module namespace. */
  globals?: unknown;
  /** Positional defaults, in order (a tuple is made). */
  defaults?: readonly PyObject[] | null;
  /** Keyword-only defaults: a dict. */
  kwdefaults?: PyObject | null;
  /** The cells of the free variables (a tuple is made). */
  closure?: readonly PyObject[] | null;
  /** `__doc__` (the docstring, or None). */
  doc?: PyObject | null;
  /** `__module__` (a str, usually the defining module's `__name__`). */
  module?: PyObject | null;
}

/**
 * `PyFunction_New` / `PyFunction_NewWithQualName`: a function object named
 * `name` whose calls run `call`. Options are borrowed (the function takes its
 * own references). New reference.
 * @returns New reference.
 */
export function PyFunction_New(
  name: string,
  call: PyFunctionCall,
  opts: PyFunctionOptions = {},
): PyFunctionObject {
  const f = new PyFunctionObject(name, opts.qualname ?? name, call);
  f.func_code = opts.code ?? null;
  f.func_globals = opts.globals ?? null;
  if (opts.defaults != null && opts.defaults.length > 0)
    f.func_defaults = PyTuple_FromBorrowed(opts.defaults);
  if (opts.kwdefaults != null && opts.kwdefaults !== Py_None) {
    if (!PyDict_Check(opts.kwdefaults)) raise(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
    Py_INCREF(opts.kwdefaults);
    f.func_kwdefaults = opts.kwdefaults;
  }
  if (opts.closure != null) f.func_closure = PyTuple_FromBorrowed(opts.closure);
  if (opts.doc != null) swap(f, "func_doc", opts.doc);
  if (opts.module != null) swap(f, "func_module", opts.module);
  return f;
}

/** `PyFunction_Check(o)`. */
export function PyFunction_Check(o: PyObject): o is PyFunctionObject {
  return o.ob_type === PyFunction_Type;
}

/**
 * `PyFunction_GetDefaults(f)`: the defaults tuple, BORROWED, or null.
 * @returns Borrowed reference.
 */
export function PyFunction_GetDefaults(f: PyFunctionObject): PyTupleObject | null {
  return f.func_defaults;
}

/**
 * `PyFunction_GetKwDefaults(f)`: the keyword-only defaults dict, BORROWED, or null.
 * @returns Borrowed reference.
 */
export function PyFunction_GetKwDefaults(f: PyFunctionObject): PyDictObject | null {
  return f.func_kwdefaults;
}

/**
 * `PyFunction_GetClosure(f)`: the tuple of cells, BORROWED, or null.
 * @returns Borrowed reference.
 */
export function PyFunction_GetClosure(f: PyFunctionObject): PyTupleObject | null {
  return f.func_closure;
}

/** `PyFunction_GetCode(f)`: the interpreter's code object. */
export function PyFunction_GetCode(f: PyFunctionObject): unknown {
  return f.func_code;
}

/** `PyFunction_GetGlobals(f)`: the module namespace given to `PyFunction_New`. */
export function PyFunction_GetGlobals(f: PyFunctionObject): unknown {
  return f.func_globals;
}

/**
 * `PyFunction_GetModule(f)`: `__module__`,
 * @returns Borrowed reference.
 */
export function PyFunction_GetModule(f: PyFunctionObject): PyObject {
  return f.func_module;
}

/** `PyFunction_SetDefaults(f, defaults)`: a tuple or null (`defaults` borrowed). */
export function PyFunction_SetDefaults(f: PyFunctionObject, defaults: PyObject | null): void {
  if (defaults !== null && defaults !== Py_None && !PyTuple_Check(defaults))
    raise(PyExc_TypeError, "__defaults__ must be set to a tuple object");
  swap(f, "func_defaults", defaults === Py_None ? null : (defaults as PyTupleObject | null));
}

/** `PyFunction_SetKwDefaults(f, kwdefaults)`: a dict or null (borrowed). */
export function PyFunction_SetKwDefaults(f: PyFunctionObject, kwdefaults: PyObject | null): void {
  if (kwdefaults !== null && kwdefaults !== Py_None && !PyDict_Check(kwdefaults))
    raise(PyExc_TypeError, "__kwdefaults__ must be set to a dict object");
  swap(f, "func_kwdefaults", kwdefaults === Py_None ? null : (kwdefaults as PyDictObject | null));
}
