/**
 * Mixed rows: a result used after it is made, so that an optimisation which
 * only moves cost from the operation to the next use (a lazy list, a copy
 * deferred to the first index) shows. Each JS side is what a user of the
 * packages writes for the Python statement; every reference made is given
 * back.
 */
import { PyByteArray_FromBytes, PyBytes_FromObject } from "@py/buffer";
import {
  type PyObject,
  PyIter_Next,
  PyLong_FromNumber,
  PyNumber_Add,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_GetIter,
  PyObject_Length,
  PyObject_RichCompare,
  PySequence_GetItem,
  PySlice_New,
  Py_DECREF,
  Py_EQ,
} from "@py/object";
import { PyMemoryView_FromObject } from "@py/memoryview";
import type { Sizes } from "./sizes.js";
import { type Workload, bytes, drop, pattern, str, viewOfBytes } from "./workloads.js";

/** `sum(it)` through the abstract API: new reference. */
function sumOf(list: PyObject): PyObject {
  const it = PyObject_GetIter(list);
  let acc: PyObject = PyLong_FromNumber(0);
  try {
    for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) {
      const next = PyNumber_Add(acc, x);
      Py_DECREF(x);
      Py_DECREF(acc);
      acc = next;
    }
  } finally {
    Py_DECREF(it);
  }
  return acc;
}

/** The mixed rows, sized by `s` (64 KiB of a "1 MiB" run's 1 MiB, to keep Python loops short). */
export function mixedWorkloads(s: Sizes): Workload[] {
  const N = s.mib >> 4;
  return [
    {
      id: "mix-sum-tolist",
      title: `sum(m.tolist())  [${bytes(N)} 'B']`,
      target: { kind: "none" },
      pySetup: `m = memoryview(pattern(${N}))`,
      pyStmt: "sum(m.tolist())",
      js() {
        const { b, m } = viewOfBytes(N);
        return {
          run() {
            const l = PyObject_CallMethod(m, "tolist");
            Py_DECREF(sumOf(l));
            Py_DECREF(l);
          },
          done: drop(m, b),
        };
      },
    },
    {
      id: "mix-iter-tolist",
      title: `for x in m.tolist(): pass  [${bytes(N)} cast 'd']`,
      target: { kind: "none" },
      pySetup: `m = memoryview(pattern(${N})).cast('d')`,
      pyStmt: "for x in m.tolist(): pass",
      js() {
        const { b, m: flat } = viewOfBytes(N);
        const d = str("d");
        const m = PyObject_CallMethod(flat, "cast", [d]);
        return {
          run() {
            const l = PyObject_CallMethod(m, "tolist");
            const it = PyObject_GetIter(l);
            for (let x = PyIter_Next(it); x !== null; x = PyIter_Next(it)) Py_DECREF(x);
            Py_DECREF(it);
            Py_DECREF(l);
          },
          done: drop(m, d, flat, b),
        };
      },
    },
    {
      id: "mix-bytes-step2-index",
      title: `c = bytes(m[::2]); for i in range(0, len(c), 61): c[i]  [${bytes(N)}]`,
      target: { kind: "none" },
      pySetup: `m = memoryview(pattern(${N}))`,
      pyStmt: "c = bytes(m[::2])\nfor i in range(0, len(c), 61): c[i]",
      js() {
        const { b, m } = viewOfBytes(N);
        const two = PyLong_FromNumber(2);
        return {
          run() {
            const sl = PySlice_New(null, null, two);
            const v = PyObject_GetItem(m, sl);
            const c = PyBytes_FromObject(v);
            const n = PyObject_Length(c);
            for (let i = 0; i < n; i += 61) Py_DECREF(PySequence_GetItem(c, i));
            Py_DECREF(c);
            Py_DECREF(v);
            Py_DECREF(sl);
          },
          done: drop(two, m, b),
        };
      },
    },
    {
      id: "mix-interleaved",
      title: "m.cast('d')[3]; m[16:48].tobytes(); m[:64].hex(); m == m2  [4 KiB]",
      target: { kind: "none" },
      pySetup: "m = memoryview(pattern(4096))\nm2 = memoryview(bytearray(pattern(4096)))",
      pyStmt: "m.cast('d')[3]; m[16:48].tobytes(); m[:64].hex(); m == m2",
      js() {
        const { b, m } = viewOfBytes(4096);
        const ba = PyByteArray_FromBytes(pattern(4096));
        const m2 = PyMemoryView_FromObject(ba);
        const d = str("d");
        const i16 = PyLong_FromNumber(16);
        const i48 = PyLong_FromNumber(48);
        const i64 = PyLong_FromNumber(64);
        return {
          run() {
            const c = PyObject_CallMethod(m, "cast", [d]);
            Py_DECREF(PySequence_GetItem(c, 3));
            Py_DECREF(c);
            const s1 = PySlice_New(i16, i48, null);
            const v1 = PyObject_GetItem(m, s1);
            Py_DECREF(PyObject_CallMethod(v1, "tobytes"));
            Py_DECREF(v1);
            Py_DECREF(s1);
            const s2 = PySlice_New(null, i64, null);
            const v2 = PyObject_GetItem(m, s2);
            Py_DECREF(PyObject_CallMethod(v2, "hex"));
            Py_DECREF(v2);
            Py_DECREF(s2);
            Py_DECREF(PyObject_RichCompare(m, m2, Py_EQ));
          },
          done: drop(i64, i48, i16, d, m2, ba, m, b),
        };
      },
    },
  ];
}
