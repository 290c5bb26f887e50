/**
 * The introspection API (introspect.ts, checked.ts's capiOnReport): what C holds,
 * read without changing a count — the object table with C's owned references, the
 * Py_buffer structs that hold an export, and each checked-mode report as it happens.
 */
import { PyBUF_SIMPLE } from "@py/buffer";
import { PyMemoryView_FromObject } from "@py/memoryview";
import { Py_DECREF as objDECREF, PyLong_FromNumber, setCheckedMode } from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  allocPyBuffer,
  capiBufferExports,
  capiClearReports,
  capiHandles,
  capiOnReport,
  capiViewStructAddress,
  fromHandle,
  Py_DECREF,
  Py_INCREF,
  PyBuffer_Release,
  PyBytes_FromStringAndSize,
  PyMem_Free,
  PyMemoryView_GET_BUFFER,
  PyObject_GetBuffer,
  toHandle,
} from "../src/index.js";
import { cstr, expectClean } from "./helpers.js";

beforeEach(() => {
  setCheckedMode(true);
  capiClearReports();
});
afterEach(() => {
  expectClean();
  capiClearReports();
  setCheckedMode(false);
});

describe("capiHandles", () => {
  it("lists a live object with the references C owns, and drops it once deallocated", () => {
    const b = PyBytes_FromStringAndSize(cstr("xyz"), 3); // a new reference C owns
    const row = () => capiHandles().find((e) => e.handle === b);
    expect(row()?.owned).toBe(1);
    expect(row()?.immortal).toBe(false);
    expect(row()?.obj.ob_refcnt).toBe(1);
    Py_INCREF(b);
    expect(row()?.owned).toBe(2);
    Py_DECREF(b);
    Py_DECREF(b);
    expect(row()).toBeUndefined();
  });

  it("marks immortal objects", () => {
    const small = PyLong_FromNumber(7);
    const h = toHandle(small);
    expect(capiHandles().find((e) => e.handle === h)?.immortal).toBe(true);
    Py_DECREF(h);
  });
});

describe("capiBufferExports", () => {
  it("lists a Py_buffer C holds until PyBuffer_Release", () => {
    const b = PyBytes_FromStringAndSize(cstr("abc"), 3);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(b, view, PyBUF_SIMPLE)).toBe(0);
    const held = capiBufferExports().filter((e) => e.address === view);
    expect(held).toHaveLength(1);
    expect(held[0]!.obj).toBe(fromHandle(b));
    expect(held[0]!.origin).toMatch(/^PyObject_GetBuffer/);
    PyBuffer_Release(view);
    expect(capiBufferExports().filter((e) => e.address === view)).toEqual([]);
    Py_DECREF(b);
    PyMem_Free(view);
  });
});

describe("capiViewStructAddress", () => {
  it("is null until C asks for a view's Py_buffer, then the address it got", () => {
    const b = PyBytes_FromStringAndSize(cstr("abcd"), 4);
    const mv = PyMemoryView_FromObject(fromHandle(b)!);
    const h = toHandle(mv);
    objDECREF(mv);
    expect(capiViewStructAddress(mv)).toBeNull();
    const addr = PyMemoryView_GET_BUFFER(h);
    expect(capiViewStructAddress(mv)).toBe(addr);
    Py_DECREF(h);
    Py_DECREF(b);
  });
});

describe("capiOnReport", () => {
  it("hears each report as it is recorded, until removed", () => {
    const heard: string[] = [];
    const stop = capiOnReport((r) => heard.push(r));
    const b = PyBytes_FromStringAndSize(cstr("abc"), 3);
    const view = allocPyBuffer();
    expect(PyObject_GetBuffer(b, view, PyBUF_SIMPLE)).toBe(0);
    PyBuffer_Release(view);
    PyBuffer_Release(view); // double release: reported
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatch(/^PyBuffer_Release: double release of the Py_buffer at 0x/);
    stop();
    PyBuffer_Release(view);
    expect(heard).toHaveLength(1);
    capiClearReports();
    Py_DECREF(b);
    PyMem_Free(view);
  });
});
