/** The README examples, verbatim, with their printed values checked. */
import { PyByteArray_FromBytes } from "@py/buffer";
import {
  PyLong_FromNumber,
  PyObject_CallMethod,
  PyObject_SetItem,
  PyUnicode_FromString,
  Py_DECREF,
  checkpoint,
  repr,
  setCheckedMode,
} from "@py/object";
import { expect, it } from "vitest";
import { runReadmeAgainstPython } from "../../buffer/test/readme-block.js";
import { expected, leaks } from "./helpers.js";
import { PyMemoryView_FromObject, asTypedArray } from "../src/index.js";

it("README example", () => {
  setCheckedMode(true);
  checkpoint();
  const ba = PyByteArray_FromBytes(new Uint8Array(8));
  const m = PyMemoryView_FromObject(ba);
  const i = PyUnicode_FromString("i");
  const ints = PyObject_CallMethod(m, "cast", [i]); // memoryview(ba).cast('i')
  const one = PyLong_FromNumber(1);
  const seven = PyLong_FromNumber(7);
  PyObject_SetItem(ints, one, seven); // ints[1] = 7
  const list = PyObject_CallMethod(ints, "tolist");
  expect(repr(list)).toBe(expected.readme_tolist);
  const ta = asTypedArray(ints);
  expect(ta).toBeInstanceOf(Int32Array);
  expect(Array.from(ta as Int32Array)).toEqual([0, 7]);
  for (const o of [list, one, seven, ints, i, m, ba]) Py_DECREF(o);
  expect(leaks()).toEqual([]);
  setCheckedMode(false);
});

it("README: memoryview() from plain JS", () => {
  const run = runReadmeAgainstPython(
    import.meta.url,
    "js-layer-example",
    "./fixtures/js_memoryview.json",
    "readme",
  );
  expect(run.printed).toEqual(run.python); // what CPython's memoryview gives, printed as JS values
  expect(run.documented).toEqual(run.python); // what the README says
}, 60_000);
