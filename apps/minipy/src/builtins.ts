/**
 * The `builtins` namespace (`Python/bltinmodule.c`): builtin functions with
 * CPython's argument checks and messages, the builtin types of the packages,
 * and the exception types.
 *
 * Types come from the layer that owns them (int/str/... from @py/object,
 * bytes/bytearray from @py/buffer, memoryview from @py/memoryview); a type a
 * layer does not export yet is simply absent (NameError).
 */
import * as buffer from "@py/buffer";
import * as memoryview from "@py/memoryview";
import * as object from "@py/object";
import {
  builtinExceptions,
  checkOneArg,
  checkPositional,
  isPyError,
  type KwArgs,
  Py_DECREF,
  Py_Ellipsis,
  Py_GT,
  Py_Id,
  Py_INCREF,
  Py_LT,
  Py_NewRef,
  Py_None,
  Py_NotImplemented,
  PyBool_FromBool,
  PyCallable_Check,
  PyCFunction_New,
  PyExc_AttributeError,
  PyExc_OverflowError,
  PyExc_StopIteration,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIter_Next,
  PyList_FromArray,
  PyLong_Check,
  PyLong_FromNumber,
  PyNumber_Absolute,
  PyNumber_Add,
  PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetIter,
  PyObject_HashValue,
  PyLong_FromValue,
  PyObject_IsInstance,
  PyObject_IsTrue,
  PyObject_Length,
  PyObject_Repr,
  PyObject_RichCompareBool,
  PyTuple_Pack,
  PyTypeObject,
  PyUnicode_Check,
  PyUnicode_FromString,
  type PyUnicodeObject,
  listSort,
  raise,
  str,
} from "@py/object";

type BuiltinFn = (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

/** Looks up an export that another layer may not have written yet. */
function exported<T>(ns: object, name: string): T | undefined {
  return (ns as Record<string, T | undefined>)[name];
}

function noKw(fname: string, kwargs: KwArgs | null): void {
  if (kwargs !== null && kwargs.size > 0) raise(PyExc_TypeError, `${fname}() takes no keyword arguments`);
}

function typeNameChainHas(o: PyObject, name: string): boolean {
  for (let t: PyTypeObject | null = o.ob_type; t !== null; t = t.tp_base) if (t.tp_name === name) return true;
  return false;
}

/** Extracts keyword arguments by name; an unknown one is CPython's invalid-keyword error. */
function takeKw(fname: string, kwargs: KwArgs | null, allowed: readonly string[]): Map<string, PyObject> {
  const out = new Map<string, PyObject>();
  if (kwargs === null) return out;
  for (const [k, v] of kwargs) {
    if (!allowed.includes(k)) raise(PyExc_TypeError, `'${k}' is an invalid keyword argument for ${fname}()`);
    out.set(k, v);
  }
  return out;
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
  PyLong_FromNumber(PyObject_Length(checkOneArg("len()", args, kwargs)));
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

/**
 * `_Py_CheckFunctionResult` for callables that return iterators: a memoryview
 * iterator made from a released view comes back with an error still set
 * (CPython 3.11's `memory_iter`), which the caller reports as SystemError.
 * Takes the references in `its` (decref'd before raising).
 */
function checkIterResults(its: readonly PyObject[], who: string): void {
  if (!its.some((it) => memoryview._PyMemoryIter_PendingError(it) !== null)) return;
  for (const it of its) Py_DECREF(it);
  raise(object.PyExc_SystemError, `${who} returned a result with an exception set`);
}

object._PyIter_SetResultCheck((it) => memoryview._PyMemoryIter_PendingError(it) !== null);

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
  let start = args[1] ?? kw.get("start") ?? null;
  if (start !== null) {
    if (PyUnicode_Check(start)) raise(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (typeNameChainHas(start, "bytes"))
      raise(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (typeNameChainHas(start, "bytearray"))
      raise(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  }
  const it = PyObject_GetIter(args[0]!);
  let acc: PyObject = start === null ? PyLong_FromNumber(0) : Py_NewRef(start);
  start = null;
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      try {
        const next = PyNumber_Add(acc, x);
        Py_DECREF(acc);
        acc = next;
      } finally {
        Py_DECREF(x);
      }
    }
  } catch (e) {
    Py_DECREF(acc);
    throw e;
  } finally {
    Py_DECREF(it);
  }
  return acc;
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

// ------------------------------------------------------------------ iterator types

/** An iterator object implemented by a JS closure over owned references. */
class PyJSIterObject extends PyObject {
  constructor(
    type: PyTypeObject,
    /** Next item (new reference) or null at the end. */
    public next: (() => PyObject | null) | null,
    /** Owned references released at dealloc. */
    public owned: PyObject[],
  ) {
    super(type);
  }
}

function iterType(name: string, newf: object.newfunc): PyTypeObject {
  return new PyTypeObject({
    name,
    basetype: true,
    new: newf,
    iter: (o) => Py_NewRef(o),
    iternext: (o) => {
      const s = o as PyJSIterObject;
      if (s.next === null) return null;
      const r = s.next();
      if (r === null) {
        // Exhausted iterators drop what they hold, as CPython's do.
        s.next = null;
      }
      return r;
    },
    dealloc: (o) => {
      const s = o as PyJSIterObject;
      const owned = s.owned;
      s.owned = [];
      s.next = null;
      for (const x of owned) Py_DECREF(x);
    },
  });
}

/** `enumerate(iterable, start=0)`. */
export const PyEnum_Type: PyTypeObject = iterType("enumerate", (type, args, kwargs) => {
  const kw = takeKw("enumerate", kwargs, ["iterable", "start"]);
  const all = [...args];
  if (all.length > 2) raise(PyExc_TypeError, `enumerate() takes at most 2 arguments (${all.length} given)`);
  const iterable = all[0] ?? kw.get("iterable");
  if (iterable === undefined) raise(PyExc_TypeError, "enumerate() missing required argument 'iterable'");
  const startObj = all[1] ?? kw.get("start");
  let n: number | bigint = 0;
  if (startObj !== undefined) {
    if (!PyLong_Check(startObj))
      raise(PyExc_TypeError, `'${startObj.ob_type.tp_name}' object cannot be interpreted as an integer`);
    n = (startObj as object.PyLongObject).value;
  }
  const it = PyObject_GetIter(iterable);
  checkIterResults([it], "<class 'enumerate'>");
  return new PyJSIterObject(type, () => {
    const x = PyIter_Next(it);
    if (x === null) return null;
    const idx = object.PyLong_FromValue(n);
    n =
      typeof n === "bigint"
        ? object.normalizeInt(n + 1n)
        : Number.isSafeInteger(n + 1)
          ? n + 1
          : BigInt(n) + 1n;
    return PyTuple_Pack([idx, x]);
  }, [it]);
});

/** `zip(*iterables, strict=False)`. */
export const PyZip_Type: PyTypeObject = iterType("zip", (type, args, kwargs) => {
  const kw = takeKw("zip", kwargs, ["strict"]);
  const strictObj = kw.get("strict");
  const strict = strictObj !== undefined && PyObject_IsTrue(strictObj);
  const its: PyObject[] = [];
  try {
    for (const a of args) its.push(PyObject_GetIter(a));
  } catch (e) {
    for (const i of its) Py_DECREF(i);
    throw e;
  }
  checkIterResults(its, "<class 'zip'>");
  return new PyJSIterObject(
    type,
    () => {
      if (its.length === 0) return null;
      const items: PyObject[] = [];
      for (let i = 0; i < its.length; i++) {
        const x = PyIter_Next(its[i]!);
        if (x === null) {
          for (const y of items) Py_DECREF(y);
          if (strict) {
            if (i > 0)
              raise(
                PyExc_ValueError,
                `zip() argument ${i + 1} is shorter than argument${i === 1 ? "" : "s"} 1${i === 1 ? "" : `-${i}`}`,
              );
            for (let j = 1; j < its.length; j++) {
              const y = PyIter_Next(its[j]!);
              if (y !== null) {
                Py_DECREF(y);
                raise(
                  PyExc_ValueError,
                  `zip() argument ${j + 1} is longer than argument${j === 1 ? "" : "s"} 1${j === 1 ? "" : `-${j}`}`,
                );
              }
            }
          }
          return null;
        }
        items.push(x);
      }
      return PyTuple_Pack(items);
    },
    its,
  );
});

/** `map(func, *iterables)`. */
export const PyMap_Type: PyTypeObject = iterType("map", (type, args, kwargs) => {
  noKw("map", kwargs);
  if (args.length < 2) raise(PyExc_TypeError, "map() must have at least two arguments.");
  const fn = Py_NewRef(args[0]!);
  const its: PyObject[] = [];
  try {
    for (const a of args.slice(1)) its.push(PyObject_GetIter(a));
  } catch (e) {
    for (const i of its) Py_DECREF(i);
    Py_DECREF(fn);
    throw e;
  }
  return new PyJSIterObject(type, () => {
    const items: PyObject[] = [];
    try {
      for (const it of its) {
        const x = PyIter_Next(it);
        if (x === null) return null;
        items.push(x);
      }
      return PyObject_Call(fn, items, null);
    } finally {
      for (const y of items) Py_DECREF(y);
    }
  }, [fn, ...its]);
});

/** `filter(function or None, iterable)`. */
export const PyFilter_Type: PyTypeObject = iterType("filter", (type, args, kwargs) => {
  noKw("filter", kwargs);
  checkPositional("filter", args.length, 2, 2);
  const fn = Py_NewRef(args[0]!);
  const it = PyObject_GetIter(args[1]!);
  return new PyJSIterObject(type, () => {
    for (;;) {
      const x = PyIter_Next(it);
      if (x === null) return null;
      let ok: boolean;
      try {
        if (fn === Py_None) ok = PyObject_IsTrue(x);
        else {
          const r = PyObject_Call(fn, [x], null);
          try {
            ok = PyObject_IsTrue(r);
          } finally {
            Py_DECREF(r);
          }
        }
      } catch (e) {
        Py_DECREF(x);
        throw e;
      }
      if (ok) return x;
      Py_DECREF(x);
    }
  }, [fn, it]);
});

/**
 * `reversed(seq)`: `__reversed__`, else the sequence protocol from the end
 * (`reversed` of `Objects/enumobject.c`, with `__length_hint__`; an
 * IndexError from a sequence that shrank ends the iteration).
 */
export const PyReversed_Type: PyTypeObject = object.PyReversed_Type;

/** `iter(callable, sentinel)`: `callable_iterator`. */
const PyCallIter_Type: PyTypeObject = iterType("callable_iterator", () =>
  raise(PyExc_TypeError, "cannot create 'callable_iterator' instances"),
);

function callIterNew(fn: PyObject, sentinel: PyObject): PyObject {
  if (!PyCallable_Check(fn)) raise(PyExc_TypeError, "iter(v, w): v must be callable");
  Py_INCREF(fn);
  Py_INCREF(sentinel);
  return new PyJSIterObject(PyCallIter_Type, () => {
    const r = PyObject_Call(fn, [], null);
    let done: boolean;
    try {
      done = object.PyObject_RichCompareBool(r, sentinel, object.Py_EQ);
    } catch (e) {
      Py_DECREF(r);
      throw e;
    }
    if (!done) return r;
    Py_DECREF(r);
    return null;
  }, [fn, sentinel]);
}

// ------------------------------------------------------------------ the namespace

/** Builtin types by name and the layer/export that provides each. */
const TYPES: [string, object, string][] = [
  ["object", object, "PyBaseObject_Type"],
  ["type", object, "PyType_Type"],
  ["int", object, "PyLong_Type"],
  ["float", object, "PyFloat_Type"],
  ["bool", object, "PyBool_Type"],
  ["str", object, "PyUnicode_Type"],
  ["tuple", object, "PyTuple_Type"],
  ["list", object, "PyList_Type"],
  ["dict", object, "PyDict_Type"],
  ["range", object, "PyRange_Type"],
  ["slice", object, "PySlice_Type"],
  ["bytes", buffer, "PyBytes_Type"],
  ["bytearray", buffer, "PyByteArray_Type"],
  ["memoryview", memoryview, "PyMemoryView_Type"],
];

/** Where `print` writes when it is given no `file` (an interpreter's stdout). */
export interface BuiltinsOutput {
  readonly stdout: (s: string) => void;
}

/** A fresh builtins namespace for one interpreter (print writes to `out.stdout`). */
export function makeBuiltins(out: BuiltinsOutput): Map<string, PyObject> {
  const b = new Map<string, PyObject>();
  const fn = (name: string, f: BuiltinFn): void => {
    b.set(name, PyCFunction_New(name, f));
  };
  for (const [name, ns, exp] of TYPES) {
    const t = exported<PyTypeObject>(ns, exp);
    if (t !== undefined) b.set(name, t);
  }
  b.set("enumerate", PyEnum_Type);
  b.set("zip", PyZip_Type);
  b.set("map", PyMap_Type);
  b.set("filter", PyFilter_Type);
  b.set("reversed", PyReversed_Type);
  for (const [name, t] of builtinExceptions) b.set(name, t);
  b.set("None", Py_None);
  b.set("Ellipsis", Py_Ellipsis);
  b.set("NotImplemented", Py_NotImplemented);
  b.set("__name__", PyUnicode_FromString("builtins"));
  fn("print", makePrint(out));
  fn("repr", bi_repr);
  fn("len", bi_len);
  fn("hash", bi_hash);
  fn("abs", bi_abs);
  fn("id", bi_id);
  fn("callable", bi_callable);
  fn("isinstance", bi_isinstance);
  fn("issubclass", bi_issubclass);
  fn("ord", bi_ord);
  fn("chr", bi_chr);
  fn("iter", bi_iter);
  fn("next", bi_next);
  fn("sum", bi_sum);
  fn("min", minmax("min"));
  fn("max", minmax("max"));
  fn("getattr", bi_getattr);
  fn("hasattr", bi_hasattr);
  fn("setattr", bi_setattr);
  fn("sorted", bi_sorted);
  fn("any", boolAll("any"));
  fn("all", boolAll("all"));
  fn("divmod", bi_divmod);
  fn("pow", bi_pow);
  fn("hex", radix("hex", 16, "0x"));
  fn("oct", radix("oct", 8, "0o"));
  fn("bin", radix("bin", 2, "0b"));
  fn("globals", (args, kwargs) => {
    noKw("globals", kwargs);
    void args;
    raise(object.PyExc_NotImplementedError, "minipy does not support globals()");
  });
  return b;
}
