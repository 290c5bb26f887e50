/**
 * The request matrix of `memoryview` (`memory_getbuf`): @py/buffer's `fillRequestedView`
 * with this exporter's messages and layout properties, against CPython's
 * outcomes in @py/buffer's `requests.json` fixture (written by its
 * `gen_requests.py` with `_testbuffer`).
 */
import { PyExc_BufferError, PyObject, PyTypeObject, isPyError } from "@py/object";
import {
  LAYOUT_C,
  LAYOUT_F,
  LAYOUT_PIL,
  PyBuffer_IsContiguous,
  PyMemory,
  type Py_buffer,
  emptyPyBuffer,
  fillRequestedView,
} from "@py/buffer";
import { describe, expect, it } from "vitest";
import { MEMORYVIEW_REQUEST_ERRORS } from "../src/getbuf-errors.js";
import requests from "../../buffer/test/fixtures/requests.json" with { type: "json" };

interface Base {
  ndim: number;
  shape: number[];
  strides: number[];
  suboffsets: number[] | null;
  format: string;
  itemsize: number;
  len: number;
  readonly: boolean;
  is_c: [boolean, boolean, boolean];
  mv: [boolean, boolean, boolean];
  nd: [boolean, boolean, boolean];
}
type Outcome =
  | { error: string; msg: string }
  | {
      ndim: number;
      shape: number[];
      strides: number[];
      suboffsets: number[];
      format: string;
      itemsize: number;
      len: number;
      readonly: boolean;
      c: boolean;
      f: boolean;
    };
interface Case {
  layout: string;
  base: Base;
  flags: number;
  flagname: string;
  ndarray: Outcome;
  memoryview: Outcome;
}

const mem = new PyMemory(64);
const exporterType = new PyTypeObject({ name: "exporter" });

function baseBuffer(b: Base): Py_buffer {
  const v = emptyPyBuffer({ mem, offset: 0 });
  v.len = b.len;
  v.itemsize = b.itemsize;
  v.readonly = b.readonly;
  v.ndim = b.ndim;
  v.format = b.format;
  v.shape = b.shape;
  v.strides = b.strides;
  v.suboffsets = b.suboffsets;
  return v;
}

function check(out: Outcome, run: () => Py_buffer): void {
  if ("error" in out) {
    let err: unknown = null;
    try {
      run();
    } catch (e) {
      err = e;
    }
    expect(isPyError(err, PyExc_BufferError)).toBe(true);
    expect((err as Error).message).toBe(`BufferError: ${out.msg}`);
    return;
  }
  const v = run();
  expect(v.ndim).toBe(out.ndim);
  expect(v.shape ?? []).toEqual(out.shape);
  expect(v.strides ?? []).toEqual(out.strides);
  expect(v.suboffsets ?? []).toEqual(out.suboffsets);
  expect(v.format ?? "").toBe(out.format);
  expect(v.itemsize).toBe(out.itemsize);
  expect(v.len).toBe(out.len);
  expect(v.readonly).toBe(out.readonly);
  expect(PyBuffer_IsContiguous(v, "C") || v.ndim === 0).toBe(out.c);
  expect(PyBuffer_IsContiguous(v, "F") || v.ndim === 0).toBe(out.f);
}

describe("request matrix (fixtures from _testbuffer)", () => {
  const cases = requests as Case[];
  it.each(cases.map((c) => [c.layout, c.flagname, c] as const))("%s %s", (_l, _f, c) => {
    const base = baseBuffer(c.base);
    const exporter = new PyObject(exporterType);
    const layout =
      c.base.suboffsets !== null ? LAYOUT_PIL : (c.base.mv[0] ? LAYOUT_C : 0) | (c.base.mv[1] ? LAYOUT_F : 0);
    check(c.memoryview, () => {
      const v = emptyPyBuffer();
      fillRequestedView(v, exporter, base, c.flags, layout, MEMORYVIEW_REQUEST_ERRORS);
      return v;
    });
  });
});
