/**
 * Heap bytes per live memoryview: the growth of `process.memoryUsage().heapUsed`
 * (after full collections) while `n` views of one bytes object are alive, each
 * with its own managed buffer (`memoryview(b)`), divided by `n`. The array that
 * holds them is allocated before the first measure, as the Python side does.
 */
import { PyBytes_FromBytes } from "@py/buffer";
import { PyMemoryView_FromObject } from "@py/memoryview";
import { type PyObject, Py_DECREF } from "@py/object";

const gc: () => void = (globalThis as { gc?: () => void }).gc ?? (() => {});

function settledHeap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Bytes of JS heap per live `memoryview(b)`. */
export function jsBytesPerView(n: number): number {
  const b = PyBytes_FromBytes(new Uint8Array(1024));
  const views = new Array<PyObject | null>(n).fill(null);
  // Warm the allocation path (shapes, feedback) before the baseline.
  for (let i = 0; i < 1000; i++) Py_DECREF(PyMemoryView_FromObject(b));
  const before = settledHeap();
  for (let i = 0; i < n; i++) views[i] = PyMemoryView_FromObject(b);
  const after = settledHeap();
  for (let i = 0; i < n; i++) {
    Py_DECREF(views[i]!);
    views[i] = null;
  }
  Py_DECREF(b);
  return (after - before) / n;
}
