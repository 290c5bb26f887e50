/**
 * The builtin iterator types: `enumerate`, `zip`, `map`, `filter`,
 * `reversed` and `callable_iterator` (`Objects/enumobject.c`,
 * `Python/bltinmodule.c`, `Objects/iterobject.c`).
 */
import * as object from "@py/object";
import {
  checkPositional,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_None,
  PyCallable_Check,
  PyExc_TypeError,
  PyExc_ValueError,
  PyIter_Next,
  PyLong_Check,
  PyObject,
  PyObject_Call,
  PyObject_GetIter,
  PyObject_IsTrue,
  PyObject_ResultHasError,
  PyTuple_Pack,
  PyTypeObject,
  raise,
} from "@py/object";
import { noKw, takeKw } from "./builtin-args.js";

/**
 * `_Py_CheckFunctionResult` for callables that return iterators: a memoryview
 * iterator made from a released view comes back with an error still set
 * (CPython 3.11's `memory_iter`), which the caller reports as SystemError.
 * Takes the references in `its` (decref'd before raising).
 */
export function checkIterResults(its: readonly PyObject[], who: string): void {
  if (!its.some((it) => PyObject_ResultHasError(it))) return;
  for (const it of its) Py_DECREF(it);
  raise(object.PyExc_SystemError, `${who} returned a result with an exception set`);
}

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

/** `iter(callable, sentinel)`: a `callable_iterator` calling `fn` until it returns `sentinel`. */
export function callIterNew(fn: PyObject, sentinel: PyObject): PyObject {
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
