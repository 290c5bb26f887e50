/**
 * int and float write their object header themselves (they are not JS
 * subclasses of `PyObject`, see int-object.ts): they must still be
 * `instanceof PyObject`, and checked mode must see each one made as live
 * until it is deallocated.
 */
import { afterEach, expect, it } from "vitest";
import {
  PyBool_FromBool,
  PyFloat_FromDouble,
  PyLong_FromNumber,
  PyObject,
  Py_DECREF,
  checkpoint,
  leakReport,
  setCheckedMode,
} from "../src/index.js";

afterEach(() => setCheckedMode(false));

it("ints, bools and floats are PyObjects", () => {
  for (const o of [PyLong_FromNumber(1000), PyBool_FromBool(true), PyFloat_FromDouble(0.5)]) {
    expect(o).toBeInstanceOf(PyObject);
    Py_DECREF(o);
  }
});

it("checked mode tracks ints and floats from creation to dealloc", () => {
  setCheckedMode(true);
  checkpoint();
  const i = PyLong_FromNumber(1000);
  const f = PyFloat_FromDouble(0.5);
  expect(leakReport()).toEqual([
    "leaked: int object 1000 with refcount 1",
    "leaked: float object 0.5 with refcount 1",
  ]);
  Py_DECREF(i);
  expect(leakReport()).toEqual(["leaked: float object 0.5 with refcount 1"]);
  Py_DECREF(f);
  expect(leakReport()).toEqual([]);
});
