/**
 * A stand-in `dict` for the argument-engine tests until @py/object has one:
 * insertion-ordered, keys compared with `==` after hashing, CPython's repr.
 * Only what `Py_BuildValue("{...}")` and keyword parsing use.
 */
import {
  PyExc_KeyError,
  PyList_FromArray,
  PyObject,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_RichCompareBool,
  PyTypeObject,
  Py_DECREF,
  Py_EQ,
  Py_INCREF,
  raise,
  repr,
} from "@py/object";

export class FakeDictObject extends PyObject {
  readonly entries: [PyObject, PyObject][] = [];
}

function find(d: FakeDictObject, k: PyObject): number {
  PyObject_Hash(k);
  return d.entries.findIndex(([x]) => x === k || PyObject_RichCompareBool(x, k, Py_EQ));
}

export const FakeDict_Type: PyTypeObject = new PyTypeObject({
  name: "dict",
  repr: (o) => {
    const d = o as FakeDictObject;
    return `{${d.entries.map(([k, v]) => `${repr(k)}: ${repr(v)}`).join(", ")}}`;
  },
  dealloc: (o) => {
    for (const [k, v] of (o as FakeDictObject).entries) {
      Py_DECREF(k);
      Py_DECREF(v);
    }
  },
  iter: (o) => {
    const keys = (o as FakeDictObject).entries.map(([k]) => {
      Py_INCREF(k);
      return k;
    });
    const list = PyList_FromArray(keys);
    const it = PyObject_GetIter(list);
    Py_DECREF(list);
    return it;
  },
  as_mapping: {
    mp_length: (o) => (o as FakeDictObject).entries.length,
    mp_subscript: (o, k) => {
      const d = o as FakeDictObject;
      const i = find(d, k);
      if (i < 0) raise(PyExc_KeyError, repr(k));
      const v = d.entries[i]![1];
      Py_INCREF(v);
      return v;
    },
  },
});

export function fakeDictNew(): FakeDictObject {
  return new FakeDictObject(FakeDict_Type);
}

/** `PyDict_SetItem` (borrowed k and v). */
export function fakeDictSetItem(o: PyObject, k: PyObject, v: PyObject): void {
  const d = o as FakeDictObject;
  const i = find(d, k);
  Py_INCREF(v);
  if (i >= 0) {
    Py_DECREF(d.entries[i]![1]);
    d.entries[i]![1] = v;
    return;
  }
  Py_INCREF(k);
  d.entries.push([k, v]);
}
