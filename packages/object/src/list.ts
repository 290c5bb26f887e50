import { ssize_as_index } from "./ssize.js";
import { PyList_Type, PyListObject, PyList_FromArray, PyList_Check } from "./list-object.js";
import { PyType_Ready, METH_FASTCALL, METH_NOARGS, METH_O, type PyObject } from "./object.js";
import { PyObject_RichCompareBool } from "./compare.js";
import { Py_ReprEnter, Py_ReprLeave, repr } from "./repr.js";
import { iterateToArray } from "./iteration.js";
import { checkPositional, noKeywords, parseArgs } from "./args.js";
import { PyExc_IndexError, PyExc_TypeError, PyExc_ValueError, raise } from "./exceptions.js";
import { PyLong_FromNumber } from "./int-object.js";
import { Py_None, Py_NotImplemented } from "./none.js";
import { PyIndex_Check, PyLong_AsSsize_t, PyNumber_AsSsize_t, PyNumber_Index } from "./number.js";
import { Py_DECREF, Py_INCREF, Py_NewRef } from "./refcount.js";
import { listSort } from "./listsort.js";
import { repeatItems } from "./repeat-items.js";
import { PySlice_AdjustIndices, PySlice_Unpack } from "./slice-indices.js";
import { PySlice_Check } from "./slice-object.js";
import { compareItems, countItems, indexOfItem, reprItems } from "./item-array.js";
import { PyListRevIter_New, PySeqIter_NewFor } from "./iterators.js";

function none(): PyObject {
  Py_None.ob_refcnt++;
  return Py_None;
}

function decrefAll(xs: readonly PyObject[]): void {
  for (const x of xs) Py_DECREF(x);
}

/** `list_ass_slice` / `list_ass_subscript` with a slice: `v === null` deletes. */
function list_ass_slice(self: PyListObject, key: PyObject, v: PyObject | null): void {
  const [s0, e0, st] = PySlice_Unpack(key);
  const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
  const len = self.items.length;
  const [start, stop, n] = PySlice_AdjustIndices(len, s0, e0, step);
  let seq: PyObject[] | null = null;
  if (v !== null) {
    if (v === self) seq = self.items.map((x) => Py_NewRef(x));
    else {
      if (v.ob_type.tp_iter === null && v.ob_type.tp_as_sequence?.sq_item === undefined) {
        raise(
          PyExc_TypeError,
          step === 1 ? "can only assign an iterable" : "must assign iterable to extended slice",
        );
      }
      seq = iterateToArray(v);
    }
  }
  if (step === 1) {
    // simple slice: replace items[start:max(start, stop)]
    const hi = Math.max(start, stop);
    const removed = self.items.splice(start, hi - start, ...(seq ?? []));
    decrefAll(removed);
    return;
  }
  if (seq === null) {
    if (n <= 0) return;
    // delete an extended slice: keep the others in order
    const removed: PyObject[] = [];
    const keep: PyObject[] = [];
    const lo = step > 0 ? start : start + step * (n - 1);
    const st = Math.abs(step);
    const items = self.items;
    for (let i = 0; i < items.length; i++) {
      if (i >= lo && (i - lo) % st === 0 && (i - lo) / st < n) removed.push(items[i]!);
      else keep.push(items[i]!);
    }
    self.items = keep;
    decrefAll(removed);
    return;
  }
  if (seq.length !== n) {
    decrefAll(seq);
    raise(
      PyExc_ValueError,
      `attempt to assign sequence of size ${seq.length} to extended slice of size ${n}`,
    );
  }
  const old: PyObject[] = [];
  for (let k = 0, i = start; k < n; k++, i += step) {
    old.push(self.items[i]!);
    self.items[i] = seq[k]!;
  }
  decrefAll(old);
}

function list_subscript(o: PyObject, key: PyObject): PyObject {
  const items = (o as PyListObject).items;
  if (PyIndex_Check(key)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
    if (i < 0) i += items.length;
    if (i < 0 || i >= items.length) raise(PyExc_IndexError, "list index out of range");
    const x = items[i]!;
    Py_INCREF(x);
    return x;
  }
  if (PySlice_Check(key)) {
    const [s0, e0, st] = PySlice_Unpack(key);
    const step = ssize_as_index(st); // |step| >= 2**53 takes at most one item
    const [start, , n] = PySlice_AdjustIndices(items.length, s0, e0, step);
    const out: PyObject[] = new Array(n);
    for (let k = 0, i = start; k < n; k++, i += step) {
      const x = items[i]!;
      x.ob_refcnt++;
      out[k] = x;
    }
    return PyList_FromArray(out);
  }
  raise(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function list_ass_subscript(o: PyObject, key: PyObject, v: PyObject | null): void {
  const self = o as PyListObject;
  if (PyIndex_Check(key)) {
    let i = ssize_as_index(PyNumber_AsSsize_t(key, PyExc_IndexError));
    if (i < 0) i += self.items.length;
    list_ass_item(self, i, v);
    return;
  }
  if (PySlice_Check(key)) {
    list_ass_slice(self, key, v);
    return;
  }
  raise(PyExc_TypeError, `list indices must be integers or slices, not ${key.ob_type.tp_name}`);
}

function list_ass_item(o: PyObject, i: number, v: PyObject | null): void {
  const self = o as PyListObject;
  if (i < 0 || i >= self.items.length) raise(PyExc_IndexError, "list assignment index out of range");
  const old = self.items[i]!;
  if (v === null) self.items.splice(i, 1);
  else {
    Py_INCREF(v);
    self.items[i] = v;
  }
  Py_DECREF(old);
}

/**
 * `list.sort(*, key=None, reverse=False)` (`list_sort_impl`; `PyList_Sort` is `list_sort_impl(l, null, false)`): the list is
 * empty while it sorts, so a mutation during the sort is detected.
 */
export function list_sort_impl(self: PyListObject, key: PyObject | null, reverse: boolean): void {
  const items = self.items;
  self.items = [];
  try {
    listSort(items, key === null || key === Py_None ? null : key, reverse);
  } finally {
    const added = self.items;
    self.items = items;
    if (added.length > 0) {
      decrefAll(added);
      raise(PyExc_ValueError, "list modified during sort");
    }
  }
}

/** Argument Clinic's `Py_ssize_t` converter: `Python int too large to convert to C ssize_t`. */
function ssizeArg(o: PyObject): number {
  const i = PyNumber_Index(o);
  try {
    return ssize_as_index(PyLong_AsSsize_t(i));
  } finally {
    Py_DECREF(i);
  }
}

PyType_Ready(PyList_Type, {
  basetype: true,
  hash: null,
  dealloc: (o) => {
    const items = (o as PyListObject).items;
    (o as PyListObject).items = [];
    // An indexed loop: V8 optimises it several times better than for-of here.
    for (let i = 0, n = items.length; i < n; i++) Py_DECREF(items[i]!);
  },
  repr: (o) => {
    const items = (o as PyListObject).items;
    if (items.length === 0) return "[]";
    if (!Py_ReprEnter(o)) return "[...]";
    try {
      return `[${reprItems(items.slice())}]`;
    } finally {
      Py_ReprLeave(o);
    }
  },
  richcompare: (v, w, op) => {
    if (!PyList_Check(w)) {
      Py_NotImplemented.ob_refcnt++;
      return Py_NotImplemented;
    }
    return compareItems((v as PyListObject).items, w.items, op);
  },
  iter: (o) => PySeqIter_NewFor(o, null, "list_iterator"),
  new: (type, args, kwargs) => {
    if (type === PyList_Type) noKeywords("list", kwargs);
    checkPositional("list", args.length, 0, 1);
    const items = args.length === 0 ? [] : iterateToArray(args[0]!);
    return new PyListObject(type, items);
  },
  as_sequence: {
    sq_length: (o) => (o as PyListObject).items.length,
    sq_concat: (v, w) => {
      if (!PyList_Check(w)) {
        raise(PyExc_TypeError, `can only concatenate list (not "${w.ob_type.tp_name}") to list`);
      }
      const items = (v as PyListObject).items.concat(w.items);
      for (const x of items) x.ob_refcnt++;
      return PyList_FromArray(items);
    },
    sq_repeat: (o, n) => {
      const src = (o as PyListObject).items;
      if (n <= 0 || src.length === 0) return PyList_FromArray([]);
      return PyList_FromArray(repeatItems(src, n));
    },
    sq_item: (o, i) => {
      const items = (o as PyListObject).items;
      if (i < 0 || i >= items.length) raise(PyExc_IndexError, "list index out of range");
      const x = items[i]!;
      Py_INCREF(x);
      return x;
    },
    sq_ass_item: list_ass_item,
    sq_contains: (o, v) => {
      const items = (o as PyListObject).items;
      for (let i = 0; i < items.length; i++) if (PyObject_RichCompareBool(items[i]!, v, 2)) return true;
      return false;
    },
    sq_inplace_concat: (v, w) => {
      const self = v as PyListObject;
      const add = w === v ? self.items.map((x) => Py_NewRef(x)) : iterateToArray(w);
      for (const x of add) self.items.push(x);
      Py_INCREF(v);
      return v;
    },
    sq_inplace_repeat: (v, n) => {
      const self = v as PyListObject;
      if (n <= 0) {
        const old = self.items;
        self.items = [];
        decrefAll(old);
      } else {
        const src = self.items.slice();
        for (let k = 1; k < n; k++)
          for (const x of src) {
            x.ob_refcnt++;
            self.items.push(x);
          }
      }
      Py_INCREF(v);
      return v;
    },
  },
  as_mapping: {
    mp_length: (o) => (o as PyListObject).items.length,
    mp_subscript: list_subscript,
    mp_ass_subscript: list_ass_subscript,
  },
  methods: {
    append: {
      flags: METH_O,
      meth: (self, args) => {
        const v = args[0]!;
        Py_INCREF(v);
        (self as PyListObject).items.push(v);
        return none();
      },
    },
    extend: {
      flags: METH_O,
      meth: (self, args) => {
        const s = self as PyListObject;
        const add = args[0] === self ? s.items.map((x) => Py_NewRef(x)) : iterateToArray(args[0]!);
        for (const x of add) s.items.push(x);
        return none();
      },
    },
    insert: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("insert", kwargs);
        checkPositional("insert", args.length, 2, 2);
        const s = self as PyListObject;
        let i = ssizeArg(args[0]!);
        const n = s.items.length;
        if (i < 0) {
          i += n;
          if (i < 0) i = 0;
        } else if (i > n) i = n;
        Py_INCREF(args[1]!);
        s.items.splice(i, 0, args[1]!);
        return none();
      },
    },
    pop: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("pop", kwargs);
        checkPositional("pop", args.length, 0, 1);
        const s = self as PyListObject;
        let i = args.length > 0 ? ssizeArg(args[0]!) : -1;
        if (s.items.length === 0) raise(PyExc_IndexError, "pop from empty list");
        if (i < 0) i += s.items.length;
        if (i < 0 || i >= s.items.length) raise(PyExc_IndexError, "pop index out of range");
        return s.items.splice(i, 1)[0]!; // the list's reference passes to the caller
      },
    },
    remove: {
      flags: METH_O,
      meth: (self, args) => {
        const s = self as PyListObject;
        for (let i = 0; i < s.items.length; i++) {
          if (PyObject_RichCompareBool(s.items[i]!, args[0]!, 2)) {
            const [x] = s.items.splice(i, 1);
            Py_DECREF(x!);
            return none();
          }
        }
        raise(PyExc_ValueError, "list.remove(x): x not in list");
      },
    },
    index: {
      flags: METH_FASTCALL,
      meth: (self, args, kwargs) => {
        noKeywords("index", kwargs);
        checkPositional("index", args.length, 1, 3);
        const i = indexOfItem((self as PyListObject).items, args[0]!, args);
        if (i < 0) raise(PyExc_ValueError, `${repr(args[0]!)} is not in list`);
        return PyLong_FromNumber(i);
      },
    },
    count: {
      flags: METH_O,
      meth: (self, args) => PyLong_FromNumber(countItems((self as PyListObject).items, args[0]!)),
    },
    reverse: {
      flags: METH_NOARGS,
      meth: (self) => {
        (self as PyListObject).items.reverse();
        return none();
      },
    },
    copy: {
      flags: METH_NOARGS,
      meth: (self) => {
        const items = (self as PyListObject).items.slice();
        for (const x of items) x.ob_refcnt++;
        return PyList_FromArray(items);
      },
    },
    clear: {
      flags: METH_NOARGS,
      meth: (self) => {
        const s = self as PyListObject;
        const old = s.items;
        s.items = [];
        decrefAll(old);
        return none();
      },
    },
    sort: {
      meth: (self, args, kwargs) => {
        const [key, rev] = parseArgs("sort", args, kwargs, { names: ["key", "reverse"], maxpos: 0 });
        const reverse = rev === null ? false : PyNumber_AsSsize_t(rev, null) !== 0;
        list_sort_impl(self as PyListObject, key, reverse);
        return none();
      },
    },
    __reversed__: { flags: METH_NOARGS, meth: (self) => PyListRevIter_New(self as PyListObject) },
    // list_subscript as a real method (METH_O | METH_COEXIST), beside the slot wrapper
    __getitem__: { flags: METH_O, meth: (self, args) => list_subscript(self, args[0]!) },
  },
  doc: "Built-in mutable sequence.",
});
