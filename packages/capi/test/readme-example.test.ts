// The example of README.md, kept runnable.
import { PyBUF_FULL_RO, PyBUF_READ } from "@py/buffer";
import { expect, it } from "vitest";
import * as C from "../src/index.js";

it("README example", () => {
  const mem = C.linearMemory();
  const L = mem.abi.pyBuffer;

  // bytes(b"hello") through the C-API: a new reference
  const src = mem.allocCString("hello");
  const b = C.PyBytes_FromStringAndSize(src, 5);
  C.PyMem_Free(src);

  // Py_buffer view; PyObject_GetBuffer(b, &view, PyBUF_FULL_RO)
  const view = C.allocPyBuffer();
  if (C.PyObject_GetBuffer(b, view, PyBUF_FULL_RO) < 0) throw new Error("GetBuffer failed");
  const buf = mem.readPtr(view + L.buf); // char *: reaches the bytes object's own storage
  const len = mem.readSsize(view + L.len);
  const format = mem.readCString(mem.readPtr(view + L.format));
  expect([String.fromCharCode(...mem.bytes(buf, len)), format]).toEqual(["hello", "B"]);

  // a memoryview of the middle three bytes, straight from the address
  const mv = C.PyMemoryView_FromMemory(buf + 1, 3, PyBUF_READ);
  const r = C.PyObject_Repr(C.PyMemoryView_GET_BASE(mv) || C.Py_None_h);
  expect(C.fromHandle(r).ob_type.tp_name).toBe("str");

  // errors follow the C convention: NULL/-1 plus the indicator
  expect(C.PyBytes_Size(mv)).toBe(-1);
  expect(C.PyErr_ExceptionMatches(C.PyExc_TypeError_h)).toBe(1);
  C.PyErr_Clear();

  C.Py_DECREF(r);
  C.Py_DECREF(mv);
  C.PyBuffer_Release(view);
  C.PyMem_Free(view);
  C.Py_DECREF(b);
  expect(C.capiLeakReport()).toEqual([]);
});
