// The examples of README.md, run as written.
import {
  PyModule_GetDict,
  PyList_FromArray,
  PyLong_FromNumber,
  PyUnicode_FromString,
  Py_DECREF,
  repr,
} from "@py/object";
import { expect, it } from "vitest";
import {
  PyArray_Type,
  PyBUF_FULL_RO,
  PyBuffer_Release,
  PyInit_array,
  getBuffer,
  toContiguousBytes,
} from "../src/index.js";
import { runReadmeAgainstPython } from "./readme-block.js";
import { transcript } from "./transcript.js";

it("README example", () => {
  const tc = PyUnicode_FromString("h");
  const init = PyList_FromArray([1, 2, 3].map(PyLong_FromNumber));
  const a = PyArray_Type.tp_new!(PyArray_Type, [tc, init], null); // array('h', [1, 2, 3])
  Py_DECREF(tc);
  Py_DECREF(init);

  const view = getBuffer(a, PyBUF_FULL_RO); // format 'h', shape [3], strides [2]
  expect([view.format, view.shape, [...toContiguousBytes(view, "C")]]).toEqual([
    "h",
    [3],
    [1, 0, 2, 0, 3, 0],
  ]);
  PyBuffer_Release(view); // the array may resize again
  expect(repr(a)).toBe(transcript("README example")("a"));
  Py_DECREF(a);
});

it("PyInit_array", () => {
  const m = PyInit_array();
  const d = PyModule_GetDict(m);
  expect(d.get("array")).toBe(PyArray_Type);
  expect(d.get("ArrayType")).toBe(PyArray_Type);
  const py = transcript("PyInit_array");
  expect(repr(d.get("typecodes")!)).toBe(py("array.typecodes"));
  expect(repr(PyArray_Type)).toBe(py("array.array"));
  Py_DECREF(m);
});

it("README: struct from plain JS", () => {
  const run = runReadmeAgainstPython(
    import.meta.url,
    "js-layer-example",
    "./fixtures/js_struct.json",
    "readme",
  );
  expect(run.printed).toEqual(run.python); // what CPython's struct gives, printed as JS values
  expect(run.documented).toEqual(run.python); // what the README says
}, 60_000);
