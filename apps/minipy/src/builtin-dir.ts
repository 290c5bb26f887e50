/**
 * `dir()` and `dir(obj)` (`builtin_dir` of `Python/bltinmodule.c` with
 * `object.__dir__`, `type.__dir__` and `module.__dir__` of `Objects/`):
 *
 * - no argument: the names of the caller's local scope, sorted;
 * - a module: the keys of its namespace, sorted;
 * - a type: the attributes of the type and of its bases (not its metatype's);
 * - any other object: its type's attributes plus those of its `__dict__`.
 *
 * What a type has is asked of the object layer itself (an attribute is
 * listed only when `getattr` finds it), over the names its method, getset
 * and dict tables hold and the special method names the C slots expose.
 */
import {
  type KwArgs,
  PyDict_Check,
  PyDict_Keys,
  PyExc_TypeError,
  PyList_FromArray,
  PyModule_Check,
  PyModule_GetDict,
  type PyObject,
  PyObject_GetAttr,
  PyObject_HasAttr,
  PyType_Check,
  PyType_IsSubtype,
  PyType_Type,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  type PyUnicodeObject,
  Py_DECREF,
  isPyError,
  raise,
} from "@py/object";

/**
 * Special method names a type may expose through its slots (`slotdefs` of
 * `Objects/typeobject.c`) or `object`'s methods: candidates, each kept only
 * if the type really has it.
 */
const SPECIAL_NAMES: readonly string[] = (
  "__abs__ __add__ __aiter__ __and__ __anext__ __await__ __bool__ __buffer__ __bytes__ __call__ " +
  "__ceil__ __class__ __class_getitem__ __complex__ __contains__ __del__ __delattr__ __delete__ " +
  "__delitem__ __dir__ __divmod__ __doc__ __enter__ __eq__ __exit__ __float__ __floor__ __floordiv__ " +
  "__format__ __ge__ __get__ __getattr__ __getattribute__ __getitem__ __getnewargs__ __getstate__ __gt__ " +
  "__hash__ __iadd__ __iand__ __ifloordiv__ __ilshift__ __imatmul__ __imod__ __imul__ __index__ __init__ " +
  "__init_subclass__ __int__ __invert__ __ior__ __ipow__ __irshift__ __isub__ __iter__ __itruediv__ " +
  "__ixor__ __le__ __len__ __length_hint__ __lshift__ __lt__ __matmul__ __missing__ __mod__ __mul__ " +
  "__ne__ __neg__ __new__ __next__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __reduce__ " +
  "__reduce_ex__ __release_buffer__ __repr__ __reversed__ __rfloordiv__ __rlshift__ __rmatmul__ " +
  "__rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ " +
  "__set__ __set_name__ __setattr__ __setitem__ __sizeof__ __str__ __sub__ __subclasshook__ " +
  "__truediv__ __trunc__ __xor__"
).split(" ");

/** Attributes every type has through its metatype (`type_getattro`), which `dir(T)` does not list. */
const METATYPE_NAMES = new Set([
  "__name__",
  "__qualname__",
  "__module__",
  "__base__",
  "__bases__",
  "__mro__",
]);

/** The names a type's own tables hold, along its bases. */
function tableNames(t: PyTypeObject, into: Set<string>): void {
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    for (const k of b.tp_methods.keys()) into.add(k);
    for (const k of b.tp_getset.keys()) into.add(k);
    for (const k of b.tp_dict.keys()) into.add(k);
  }
}

/** Whether `getattr(o, name)` succeeds (other errors than AttributeError count as present, as hasattr). */
function has(o: PyObject, name: string): boolean {
  try {
    return PyObject_HasAttr(o, name);
  } catch (e) {
    if (isPyError(e)) return true;
    throw e;
  }
}

/** `type.__dir__(t)`: the attributes of `t` and its bases. */
export function typeDir(t: PyTypeObject): string[] {
  const names = new Set<string>();
  tableNames(t, names);
  for (const n of SPECIAL_NAMES) names.add(n);
  const isMeta = t === PyType_Type || PyType_IsSubtype(t, PyType_Type);
  if (isMeta) for (const n of METATYPE_NAMES) names.add(n);
  return [...names].filter((n) => (isMeta || !METATYPE_NAMES.has(n)) && has(t, n));
}

/** The string keys of `o.__dict__` when it has one that is a dict. */
function instanceDictNames(o: PyObject): string[] {
  if (!has(o, "__dict__")) return [];
  let d: PyObject;
  try {
    d = PyObject_GetAttr(o, "__dict__");
  } catch {
    return [];
  }
  try {
    if (!PyDict_Check(d)) return [];
    const keys = PyDict_Keys(d) as PyObject & { items: PyObject[] };
    try {
      return keys.items.filter(PyUnicode_Check).map((k) => (k as PyUnicodeObject).value);
    } finally {
      Py_DECREF(keys);
    }
  } finally {
    Py_DECREF(d);
  }
}

/** The unsorted names `dir(o)` lists. */
export function dirNames(o: PyObject): string[] {
  if (PyModule_Check(o)) return [...PyModule_GetDict(o).keys()];
  if (PyType_Check(o)) return typeDir(o as PyTypeObject);
  const names = new Set(typeDir(o.ob_type));
  // Instance attributes of the type's tables that only instances resolve (none for builtins) are in typeDir.
  for (const n of instanceDictNames(o)) names.add(n);
  return [...names];
}

/** A sorted list of str (Python's order: by code point). New reference. */
function sortedList(names: Iterable<string>): PyObject {
  const a = [...new Set(names)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return PyList_FromArray(a.map((n) => PyUnicode_FromString(n)));
}

/** Where `dir()` finds the caller's scope. */
export interface DirHost {
  readonly globals?: Map<string, PyObject>;
  readonly callerFrame?: { readonly locals: Map<string, PyObject> } | null;
}

/** `dir([object])`. */
export function makeDir(host: DirHost): (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject {
  return (args, kwargs) => {
    if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, "dir() takes no keyword arguments");
    if (args.length > 1) raise(PyExc_TypeError, `dir expected at most 1 argument, got ${args.length}`);
    if (args.length === 0) {
      const scope = host.callerFrame?.locals ?? host.globals ?? new Map<string, PyObject>();
      return sortedList(scope.keys());
    }
    return sortedList(dirNames(args[0]!));
  };
}
