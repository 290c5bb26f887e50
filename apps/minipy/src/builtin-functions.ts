/**
 * The builtin functions (`Python/bltinmodule.c`): `print`, `len`, `repr`,
 * `sum`, `min`/`max`, `sorted`, ... with CPython's argument checks and
 * messages.
 */
import { foldIterable } from "./fold.js";
import * as object from "@py/object";
import {
  checkOneArg,
  checkPositional,
  isPyError,
  listSort,
  Py_DECREF,
  Py_GT,
  Py_Id,
  Py_LT,
  Py_NewRef,
  Py_None,
  PyBool_FromBool,
  PyCallable_Check,
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIter_Next,
  PyList_FromArray,
  PyLong_FromNumber,
  PyLong_FromValue,
  PyNumber_Absolute,
  PyNumber_Add,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetIter,
  PyObject_HashValue,
  PyObject_IsInstance,
  PyObject_IsTrue,
  PyObject_Length,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyTuple_Pack,
  type PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  type PyUnicodeObject,
  raise,
  str,
} from "@py/object";
import { genSend, PyGenObject } from "./gen-object.js";
import { type BuiltinFn, noKw, takeKw } from "./builtin-args.js";
import { callIterNew, checkIterResults } from "./builtin-iterators.js";

/** Whether `o`'s type or a base of it is named `name`. */
function typeNameChainHas(o: PyObject, name: string): boolean {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) if (t.tp_name === name) return true;
  return false;
}

/** `print(*objects, sep=' ', end='\n', file=None, flush=False)`. */
function makePrint(out: BuiltinsOutput): BuiltinFn {
  return (args, kwargs) => {
    const kw = takeKw("print", kwargs, ["sep", "end", "file", "flush"]);
    const strArg = (name: string, dflt: string): string => {
      const v = kw.get(name);
      if (v === undefined || v === Py_None) return dflt;
      if (!PyUnicode_Check(v))
        raise(PyExc_TypeError, `${name} must be None or a string, not ${v.ob_type.tp_name}`);
      return (v as PyUnicodeObject).value;
    };
    const sep = strArg("sep", " ");
    const end = strArg("end", "\n");
    const text = args.map((a) => str(a)).join(sep) + end;
    const file = kw.get("file");
    if (file === undefined || file === Py_None) out.stdout(text);
    else {
      const s = PyUnicode_FromString(text);
      try {
        Py_DECREF(object.PyObject_CallMethod(file, "write", [s]));
      } finally {
        Py_DECREF(s);
      }
    }
    return Py_NewRef(Py_None);
  };
}

const bi_repr: BuiltinFn = (args, kwargs) => PyObject_Repr(checkOneArg("repr()", args, kwargs));
const bi_len: BuiltinFn = (args, kwargs) =>
  PyLong_FromValue(PyObject_Length(checkOneArg("len()", args, kwargs)));
const bi_hash: BuiltinFn = (args, kwargs) =>
  PyLong_FromValue(PyObject_HashValue(checkOneArg("hash()", args, kwargs)));
const bi_abs: BuiltinFn = (args, kwargs) => PyNumber_Absolute(checkOneArg("abs()", args, kwargs));
const bi_id: BuiltinFn = (args, kwargs) => PyLong_FromNumber(Py_Id(checkOneArg("id()", args, kwargs)));
const bi_callable: BuiltinFn = (args, kwargs) => {
  const o = checkOneArg("callable()", args, kwargs);
  return PyBool_FromBool(PyCallable_Check(o) || object.PyType_Check(o));
};

const bi_isinstance: BuiltinFn = (args, kwargs) => {
  noKw("isinstance", kwargs);
  checkPositional("isinstance", args.length, 2, 2);
  return PyBool_FromBool(PyObject_IsInstance(args[0]!, args[1]!));
};

const bi_issubclass: BuiltinFn = (args, kwargs) => {
  noKw("issubclass", kwargs);
  checkPositional("issubclass", args.length, 2, 2);
  return PyBool_FromBool(object.PyObject_IsSubclass(args[0]!, args[1]!));
};

/** `ord(c)`: a str, bytes or bytearray of length 1. */
const bi_ord: BuiltinFn = (args, kwargs) => {
  const c = checkOneArg("ord()", args, kwargs);
  if (PyUnicode_Check(c)) {
    const s = (c as PyUnicodeObject).value;
    const cp = s.codePointAt(0);
    const n = [...s].length;
    if (n === 1 && cp !== undefined) return PyLong_FromNumber(cp);
    raise(PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  if (typeNameChainHas(c, "bytes") || typeNameChainHas(c, "bytearray")) {
    const n = PyObject_Length(c);
    if (n === 1) return object.PySequence_GetItem(c, 0);
    raise(PyExc_TypeError, `ord() expected a character, but string of length ${n} found`);
  }
  raise(PyExc_TypeError, `ord() expected string of length 1, but ${c.ob_type.tp_name} found`);
};

/** `chr(i)`. */
const bi_chr: BuiltinFn = (args, kwargs) => {
  const o = checkOneArg("chr()", args, kwargs);
  const i = object.PyNumber_Index(o);
  let v: number | bigint;
  try {
    v = i.value;
  } finally {
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    raise(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  if (v < 0 || v > 0x10ffff) raise(PyExc_ValueError, "chr() arg not in range(0x110000)");
  return PyUnicode_FromString(String.fromCodePoint(v));
};

const bi_iter: BuiltinFn = (args, kwargs) => {
  noKw("iter", kwargs);
  checkPositional("iter", args.length, 1, 2);
  if (args.length === 2) return callIterNew(args[0]!, args[1]!);
  const it = PyObject_GetIter(args[0]!);
  checkIterResults([it], "<built-in function iter>");
  return it;
};

const bi_next: BuiltinFn = (args, kwargs) => {
  noKw("next", kwargs);
  checkPositional("next", args.length, 1, 2);
  const it = args[0]!;
  if (it.ob_type.tp_iternext === null)
    raise(PyExc_TypeError, `'${it.ob_type.tp_name}' object is not an iterator`);
  // a generator's StopIteration carries its return value
  if (it instanceof PyGenObject && args.length === 1) return genSend(it, null);
  const r = PyIter_Next(it);
  if (r !== null) return r;
  if (args.length === 2) return Py_NewRef(args[1]!);
  raise(PyExc_StopIteration);
};

const bi_sum: BuiltinFn = (args, kwargs) => {
  // _PyArg_UnpackKeywords: counts first, then the keyword names
  const total = args.length + (kwargs?.size ?? 0);
  if (total > 2) raise(PyExc_TypeError, `sum() takes at most 2 arguments (${total} given)`);
  if (args.length === 0) raise(PyExc_TypeError, "sum() takes at least 1 positional argument (0 given)");
  const kw = takeKw("sum", kwargs, ["start"]);
  const start = args[1] ?? kw.get("start") ?? null;
  if (start !== null) {
    if (PyUnicode_Check(start)) raise(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (typeNameChainHas(start, "bytes"))
      raise(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeNameChainHas(start, "bytearray"))
      raise(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  return foldIterable(
    args[0]!,
    () => (start === null ? PyLong_FromNumber(0) : Py_NewRef(start)),
    PyNumber_Add,
  );
};

/** `min`/`max` (`min_max` in bltinmodule.c). */
function minmax(name: "min" | "max"): BuiltinFn {
  const op = name === "min" ? Py_LT : Py_GT;
  return (args, kwargs) => {
    const kw = takeKw(name, kwargs, ["key", "default"]);
    if (args.length === 0) raise(PyExc_TypeError, `${name} expected at least 1 argument, got 0`);
    const dflt = kw.get("default");
    if (dflt !== undefined && args.length > 1) {
      raise(PyExc_TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
    }
    let key = kw.get("key") ?? null;
    if (key === Py_None) key = null;
    const seq = args.length === 1 ? args[0]! : PyTuple_Pack(args.map((a) => Py_NewRef(a)));
    let it: PyObject;
    try {
      it = PyObject_GetIter(seq);
    } finally {
      if (args.length > 1) Py_DECREF(seq);
    }
    let best: PyObject | null = null;
    let bestKey: PyObject | null = null;
    try {
      for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
        let k: PyObject;
        try {
          k = key === null ? Py_NewRef(x) : PyObject_Call(key, [x], null);
        } catch (e) {
          Py_DECREF(x);
          throw e;
        }
        if (best === null) {
          best = x;
          bestKey = k;
          continue;
        }
        let better: boolean;
        try {
          better = PyObject_RichCompareBool(k, bestKey!, op);
        } catch (e) {
          Py_DECREF(x);
          Py_DECREF(k);
          throw e;
        }
        if (better) {
          Py_DECREF(best);
          Py_DECREF(bestKey!);
          best = x;
          bestKey = k;
        } else {
          Py_DECREF(x);
          Py_DECREF(k);
        }
      }
    } catch (e) {
      if (best !== null) Py_DECREF(best);
      if (bestKey !== null) Py_DECREF(bestKey);
      throw e;
    } finally {
      Py_DECREF(it);
    }
    if (bestKey !== null) Py_DECREF(bestKey);
    if (best !== null) return best;
    if (dflt !== undefined) return Py_NewRef(dflt);
    raise(PyExc_ValueError, `${name}() arg is an empty sequence`);
  };
}

const bi_getattr: BuiltinFn = (args, kwargs) => {
  noKw("getattr", kwargs);
  checkPositional("getattr", args.length, 2, 3);
  const name = args[1]!;
  if (!PyUnicode_Check(name))
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  try {
    return PyObject_GetAttr(args[0]!, (name as PyUnicodeObject).value);
  } catch (e) {
    if (args.length === 3 && isPyError(e, PyExc_AttributeError)) return Py_NewRef(args[2]!);
    throw e;
  }
};

const bi_hasattr: BuiltinFn = (args, kwargs) => {
  noKw("hasattr", kwargs);
  checkPositional("hasattr", args.length, 2, 2);
  const name = args[1]!;
  if (!PyUnicode_Check(name))
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  return PyBool_FromBool(object.PyObject_HasAttr(args[0]!, (name as PyUnicodeObject).value));
};

const bi_setattr: BuiltinFn = (args, kwargs) => {
  noKw("setattr", kwargs);
  checkPositional("setattr", args.length, 3, 3);
  const name = args[1]!;
  if (!PyUnicode_Check(name))
    raise(PyExc_TypeError, `attribute name must be string, not '${name.ob_type.tp_name}'`);
  object.PyObject_SetAttr(args[0]!, (name as PyUnicodeObject).value, args[2]!);
  return Py_NewRef(Py_None);
};

/** `sorted(iterable, /, *, key=None, reverse=False)`. */
const bi_sorted: BuiltinFn = (args, kwargs) => {
  if (args.length !== 1) raise(PyExc_TypeError, `sorted expected 1 argument, got ${args.length}`);
  const kw = takeKw("sort", kwargs, ["key", "reverse"]);
  const items = object.iterateToArray(args[0]!);
  const lst = PyList_FromArray(items);
  try {
    const key = kw.get("key");
    const rev = kw.get("reverse");
    listSort(
      lst.items,
      key === undefined || key === Py_None ? null : key,
      rev === undefined ? false : PyObject_IsTrue(rev),
    );
  } catch (e) {
    Py_DECREF(lst);
    throw e;
  }
  return lst;
};

function boolAll(name: "any" | "all"): BuiltinFn {
  return (args, kwargs) => {
    const it = PyObject_GetIter(checkOneArg(`${name}()`, args, kwargs));
    try {
      for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
        let t: boolean;
        try {
          t = PyObject_IsTrue(x);
        } finally {
          Py_DECREF(x);
        }
        if (name === "any" && t) return PyBool_FromBool(true);
        if (name === "all" && !t) return PyBool_FromBool(false);
      }
    } finally {
      Py_DECREF(it);
    }
    return PyBool_FromBool(name === "all");
  };
}

const bi_divmod: BuiltinFn = (args, kwargs) => {
  noKw("divmod", kwargs);
  checkPositional("divmod", args.length, 2, 2);
  return object.PyNumber_Divmod(args[0]!, args[1]!);
};

const bi_pow: BuiltinFn = (args, kwargs) => {
  const kw = takeKw("pow", kwargs, ["base", "exp", "mod"]);
  const all = [...args];
  if (kw.has("base")) all[0] = kw.get("base")!;
  if (kw.has("exp")) all[1] = kw.get("exp")!;
  if (kw.has("mod")) all[2] = kw.get("mod")!;
  if (all.length < 2)
    raise(
      PyExc_TypeError,
      `pow() missing required argument '${all.length === 0 ? "base" : "exp"}' (pos ${all.length + 1})`,
    );
  return object.PyNumber_Power(all[0]!, all[1]!, all[2] ?? Py_None);
};

function radix(name: "hex" | "oct" | "bin", base: number, prefix: string): BuiltinFn {
  return (args, kwargs) => {
    const i = object.PyNumber_Index(checkOneArg(`${name}()`, args, kwargs));
    const v = i.value;
    Py_DECREF(i);
    const neg = typeof v === "bigint" ? v < 0n : v < 0;
    const mag = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
    return PyUnicode_FromString(`${neg ? "-" : ""}${prefix}${mag.toString(base)}`);
  };
}

/** Where `print` writes when it is given no `file` (an interpreter's stdout). */
export interface BuiltinsOutput {
  readonly stdout: (s: string) => void;
}

/** The builtin functions by name (new closures each time); `print` writes to `out.stdout`. */
export function builtinFunctions(out: BuiltinsOutput): [string, BuiltinFn][] {
  return [
    ["print", makePrint(out)],
    ["repr", bi_repr],
    ["len", bi_len],
    ["hash", bi_hash],
    ["abs", bi_abs],
    ["id", bi_id],
    ["callable", bi_callable],
    ["isinstance", bi_isinstance],
    ["issubclass", bi_issubclass],
    ["ord", bi_ord],
    ["chr", bi_chr],
    ["iter", bi_iter],
    ["next", bi_next],
    ["sum", bi_sum],
    ["min", minmax("min")],
    ["max", minmax("max")],
    ["getattr", bi_getattr],
    ["hasattr", bi_hasattr],
    ["setattr", bi_setattr],
    ["sorted", bi_sorted],
    ["any", boolAll("any")],
    ["all", boolAll("all")],
    ["divmod", bi_divmod],
    ["pow", bi_pow],
    ["hex", radix("hex", 16, "0x")],
    ["oct", radix("oct", 8, "0o")],
    ["bin", radix("bin", 2, "0b")],
    [
      "globals",
      (args, kwargs) => {
        noKw("globals", kwargs);
        void args;
        raise(object.PyExc_NotImplementedError, "minipy does not support globals()");
      },
    ],
  ];
}
