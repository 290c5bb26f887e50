/**
 * One worker of the threads row: a view of its part of a shared buffer
 * (`PyMemoryView_FromMemory` over a `PyMemory` of the `SharedArrayBuffer`),
 * then `reps` strided copies `m[::2].tobytes()` of each of its parts. Replies
 * with the seconds the copies took.
 */
import { PyBUF_WRITE, PyMemory } from "@py/buffer";
import { PyMemoryView_FromMemory } from "@py/memoryview";
import { PyLong_FromNumber, PyObject_CallMethod, PyObject_GetItem, PySlice_New, Py_DECREF } from "@py/object";
import { parentPort, workerData } from "node:worker_threads";

export interface ThreadsInput {
  readonly sab: SharedArrayBuffer;
  /** [offset, length] of each part this worker copies, in order. */
  readonly parts: readonly (readonly [number, number])[];
  readonly reps: number;
}

const input = workerData as ThreadsInput;
const mem = new PyMemory(input.sab);
const two = PyLong_FromNumber(2);
const views = input.parts.map(([offset, len]) => PyMemoryView_FromMemory({ mem, offset }, len, PyBUF_WRITE));
function copyAll(): void {
  for (const m of views) {
    const sl = PySlice_New(null, null, two);
    const v = PyObject_GetItem(m, sl);
    Py_DECREF(PyObject_CallMethod(v, "tobytes"));
    Py_DECREF(v);
    Py_DECREF(sl);
  }
}
copyAll(); // warm-up
parentPort!.postMessage("ready");
parentPort!.once("message", () => {
  const t0 = performance.now();
  for (let k = 0; k < input.reps; k++) copyAll();
  const seconds = (performance.now() - t0) / 1e3;
  for (const m of views) Py_DECREF(m);
  Py_DECREF(two);
  parentPort!.postMessage(seconds);
});
