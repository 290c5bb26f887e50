/**
 * How cost grows with size: `m.tobytes()`, a strided copy `m[::2].tobytes()`
 * and `m1 == m2` at sizes from one that fits in L1 to one far past the last
 * cache (1 KiB, 1 MiB, 64 MiB, 1 GiB; `--quick`: 1 KiB, 64 KiB, 1 MiB). The
 * table shows nanoseconds per byte read, for the project, Pyodide and
 * CPython, so that a row growing worse than linearly shows. These rows run one
 * at a time (each side holds only that row's buffers), so that the 1 GiB rows
 * fit in memory.
 */
import { PyByteArray_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject } from "@py/memoryview";
import {
  PyLong_FromNumber,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_RichCompare,
  PySlice_New,
  Py_DECREF,
  Py_EQ,
} from "@py/object";
import { type Workload, blockCopy, bytes, drop, pattern, viewOfBytes } from "./workloads.js";

/** The sizes of the growth rows. */
export function growthSizes(quick: boolean): number[] {
  return quick ? [1 << 10, 64 << 10, 1 << 20] : [1 << 10, 1 << 20, 64 << 20, 1 << 30];
}

/** The growth rows, by operation then size. */
export function growthWorkloads(quick: boolean): Workload[] {
  const list: Workload[] = [];
  for (const n of growthSizes(quick)) {
    list.push({
      id: `grow-tobytes-${n}`,
      title: `m.tobytes()  [${bytes(n)}]`,
      target: { kind: "none" },
      perByte: n,
      copied: n,
      pySetup: `m = memoryview(pattern(${n}))`,
      pyStmt: "m.tobytes()",
      js() {
        const { b, m } = viewOfBytes(n);
        return {
          run: () => Py_DECREF(PyObject_CallMethod(m, "tobytes")),
          limit: blockCopy(n),
          done: drop(m, b),
        };
      },
    });
  }
  for (const n of growthSizes(quick)) {
    list.push({
      id: `grow-step2-${n}`,
      title: `m[::2].tobytes()  [${bytes(n)}]`,
      target: { kind: "none" },
      perByte: n,
      pySetup: `m = memoryview(pattern(${n}))`,
      pyStmt: "m[::2].tobytes()",
      js() {
        const { b, m } = viewOfBytes(n);
        const two = PyLong_FromNumber(2);
        return {
          run() {
            const sl = PySlice_New(null, null, two);
            const v = PyObject_GetItem(m, sl);
            Py_DECREF(PyObject_CallMethod(v, "tobytes"));
            Py_DECREF(v);
            Py_DECREF(sl);
          },
          done: drop(two, m, b),
        };
      },
    });
  }
  for (const n of growthSizes(quick)) {
    list.push({
      id: `grow-eq-${n}`,
      title: `m1 == m2  [${bytes(n)} 'B']`,
      target: { kind: "none" },
      perByte: n,
      pySetup: `m1 = memoryview(pattern(${n}))\nm2 = memoryview(bytearray(pattern(${n})))`,
      pyStmt: "m1 == m2",
      js() {
        const { b, m: m1 } = viewOfBytes(n);
        const ba = PyByteArray_FromBytes(pattern(n));
        const m2 = PyMemoryView_FromObject(ba);
        return { run: () => Py_DECREF(PyObject_RichCompare(m1, m2, Py_EQ)), done: drop(m1, b, m2, ba) };
      },
    });
  }
  return list;
}
