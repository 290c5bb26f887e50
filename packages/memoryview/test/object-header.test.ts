/**
 * The memoryview and managed-buffer classes write their object header
 * themselves (they are not JS subclasses of `PyObject`, see memoryview.ts):
 * they must still be `instanceof PyObject`, and checked mode must still see
 * every one made as live until it is deallocated.
 */
import { PyBytes_FromBytes } from "@py/buffer";
import {
  PyObject,
  PyObject_CallMethod,
  PyUnicode_FromString,
  Py_DECREF,
  checkpoint,
  leakReport,
  setCheckedMode,
} from "@py/object";
import { afterEach, expect, it } from "vitest";
import { PyMemoryView_FromObject } from "../src/index.js";

afterEach(() => setCheckedMode(false));

it("a memoryview and its managed buffer are PyObjects", () => {
  const b = PyBytes_FromBytes(new Uint8Array(8));
  const m = PyMemoryView_FromObject(b);
  expect(m).toBeInstanceOf(PyObject);
  expect(m.mbuf).toBeInstanceOf(PyObject);
  Py_DECREF(m);
  Py_DECREF(b);
});

it("checked mode tracks views and managed buffers from creation to dealloc", () => {
  setCheckedMode(true);
  checkpoint();
  const b = PyBytes_FromBytes(new Uint8Array(8));
  const m = PyMemoryView_FromObject(b);
  const f = PyUnicode_FromString("d");
  const d = PyObject_CallMethod(m, "cast", [f]);
  Py_DECREF(f);
  const live = () =>
    leakReport().map((l) => l.replace(/ at 0x[0-9a-f]+/, "").replace(/^leaked: (\w+) .*/, "$1"));
  expect(live().sort()).toEqual(["bytes", "managedbuffer", "memoryview", "memoryview"]);
  // checked mode's objects have the fast path's layout (one hidden class per type)
  expect(Object.keys(d)).toEqual(Object.keys(m));
  Py_DECREF(d);
  Py_DECREF(m);
  expect(live()).toEqual(["bytes"]);
  Py_DECREF(b);
  expect(leakReport()).toEqual([]);
});
