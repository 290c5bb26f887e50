/**
 * Iterators (`Objects/iterobject.c`, `listobject.c`, `tupleobject.c`): the
 * sequence iterator over `sq_item`, the list/tuple iterators, and `reversed`.
 *
 * Invariant: an iterator owns a reference to what it iterates and drops it
 * as soon as it is exhausted (as CPython's iterators do).
 */
import { ssize_as_index } from "./ssize.js";
import { PyObject_CallMethod } from "./call.js";
import { PyObject_Length, PySequence_Check, PySequence_Size } from "./length.js";
import { checkPositional, noKeywords } from "./args.js";
import { PyExc_IndexError, PyExc_StopIteration, PyExc_TypeError, isPyError, raise } from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { METH_NOARGS, PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";
import { selfIter } from "./seq-iterator.js";

/** List and tuple iterators: read the owner's live `items` array at each step. */
export class PyItemsIterObject extends PyObject {
  declare owner: PyObject | null;
  declare index: number;
  constructor(type: PyTypeObject, owner: PyObject) {
    super(type);
    this.index = 0;
    this.owner = owner;
  }
}

function itemsIterType(name: string): PyTypeObject {
  return new PyTypeObject({
    name,
    iter: selfIter,
    dealloc: (o) => {
      const it = o as PyItemsIterObject;
      const s = it.owner;
      it.owner = null;
      if (s !== null) Py_DECREF(s);
    },
    iternext: (o) => {
      const it = o as PyItemsIterObject;
      const owner = it.owner;
      if (owner === null) return null;
      const items = (owner as unknown as { items: PyObject[] }).items;
      if (it.index < items.length) {
        const x = items[it.index++]!;
        x.ob_refcnt++;
        return x;
      }
      it.owner = null;
      Py_DECREF(owner);
      return null;
    },
    methods: {
      __length_hint__: {
        flags: METH_NOARGS,
        meth: (o) => {
          const it = o as PyItemsIterObject;
          const items = it.owner === null ? [] : (it.owner as unknown as { items: PyObject[] }).items;
          return PyLong_FromNumber(Math.max(0, items.length - it.index));
        },
      },
    },
  });
}

// The types below are made with no side effect (`@__PURE__`): a bundle that makes no such
// iterator leaves them out.
export const PyListIter_Type: PyTypeObject = /* @__PURE__ */ itemsIterType("list_iterator");
export const PyTupleIter_Type: PyTypeObject = /* @__PURE__ */ itemsIterType("tuple_iterator");

/**
 * An iterator over a list or tuple `owner` (borrowed; the iterator takes a
 * reference). `name` picks `list_iterator` or `tuple_iterator`. New reference.
 * @returns New reference.
 */
export function PySeqIter_NewFor(owner: PyObject, _items: PyObject[] | null, name: string): PyObject {
  Py_INCREF(owner);
  return new PyItemsIterObject(name === "tuple_iterator" ? PyTupleIter_Type : PyListIter_Type, owner);
}

/** `listreviterobject`: iterates a list from the end. */
class PyListRevIterObject extends PyObject {
  declare owner: PyObject | null;
  declare index: number;
  constructor(owner: PyObject, start: number) {
    super(PyListRevIter_Type);
    this.owner = owner;
    this.index = start;
  }
}

export const PyListRevIter_Type: PyTypeObject = /* @__PURE__ */ new PyTypeObject({
  name: "list_reverseiterator",
  iter: selfIter,
  dealloc: (o) => {
    const it = o as PyListRevIterObject;
    const s = it.owner;
    it.owner = null;
    if (s !== null) Py_DECREF(s);
  },
  iternext: (o) => {
    const it = o as PyListRevIterObject;
    const owner = it.owner;
    if (owner === null) return null;
    const items = (owner as unknown as { items: PyObject[] }).items;
    if (it.index >= 0 && it.index < items.length) {
      const x = items[it.index--]!;
      x.ob_refcnt++;
      return x;
    }
    it.owner = null;
    Py_DECREF(owner);
    return null;
  },
});

/**
 * `list.__reversed__()`.
 * @returns New reference.
 */
export function PyListRevIter_New(list: PyObject & { items: PyObject[] }): PyObject {
  Py_INCREF(list);
  return new PyListRevIterObject(list, list.items.length - 1);
}

/** `reversed` over any sequence with `__len__` and `__getitem__`. */
class PyReversedObject extends PyObject {
  declare seq: PyObject | null;
  declare index: number;
  constructor(type: PyTypeObject, seq: PyObject, start: number) {
    super(type);
    this.seq = seq;
    this.index = start;
  }
}

export const PyReversed_Type: PyTypeObject = /* @__PURE__ */ new PyTypeObject({
  name: "reversed",
  iter: selfIter,
  dealloc: (o) => {
    const it = o as PyReversedObject;
    const s = it.seq;
    it.seq = null;
    if (s !== null) Py_DECREF(s);
  },
  iternext: (o) => {
    const it = o as PyReversedObject;
    const seq = it.seq;
    if (seq === null) return null;
    if (it.index >= 0) {
      try {
        return seq.ob_type.tp_as_sequence!.sq_item!(seq, it.index--);
      } catch (e) {
        if (!isPyError(e, PyExc_IndexError) && !isPyError(e, PyExc_StopIteration)) throw e;
      }
    }
    it.seq = null;
    Py_DECREF(seq);
    return null;
  },
  methods: {
    // reversed_len: index + 1, bounded by the sequence's current length
    __length_hint__: {
      flags: METH_NOARGS,
      meth: (o) => {
        const it = o as PyReversedObject;
        if (it.seq === null) return PyLong_FromNumber(0);
        const size = PyObject_Length(it.seq);
        const position = it.index + 1;
        return PyLong_FromNumber(size < position ? 0 : position);
      },
    },
  },
  new: (type, args, kwargs) => {
    if (type === PyReversed_Type) noKeywords("reversed", kwargs);
    checkPositional("reversed", args.length, 1, 1);
    return PyObject_Reversed(args[0]!);
  },
});

/**
 * `reversed(seq)`: `__reversed__` if the type has it, else the sequence protocol.
 * @returns New reference.
 */
export function PyObject_Reversed(seq: PyObject): PyObject {
  const t = seq.ob_type;
  for (let b: PyTypeObject | null = t; b !== null; b = b.tp_base) {
    if (b.tp_methods.has("__reversed__")) return PyObject_CallMethod(seq, "__reversed__");
  }
  if (!PySequence_Check(seq)) raise(PyExc_TypeError, `'${t.tp_name}' object is not reversible`);
  // reversed_new: a sequence without sq_length fails in PySequence_Size
  const n = ssize_as_index(PySequence_Size(seq));
  Py_INCREF(seq);
  return new PyReversedObject(PyReversed_Type, seq, n - 1);
}
