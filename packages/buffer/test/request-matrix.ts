/**
 * The PEP 3118 request matrix and its runner, shared by the getbuf tests of
 * every exporter that answers requests from a base layout: this package's
 * (`getbuffer.test.ts`: the base layouts' contiguity and `layoutFlags`),
 * memoryview's (`memory_getbuf`) and minipy's `_testbuffer` ndarray
 * (`ndarray_getbuf`), which import this file by relative path. The cases and
 * CPython's outcomes are `fixtures/requests.json`, written by
 * `gen_requests.py` with `_testbuffer`.
 */
import { PyExc_BufferError, PyObject, PyTypeObject, isPyError } from "@py/object";
import { expect } from "vitest";
import {
  PyBuffer_IsContiguous,
  PyMemory,
  type Py_buffer,
  type RequestErrors,
  emptyPyBuffer,
  fillRequestedView,
} from "../src/index.js";
import requests from "./fixtures/requests.json" with { type: "json" };

/** A base layout of the matrix, with CPython's contiguity answers for it. */
export interface Base {
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

/** What CPython's exporter answered to one request: an error, or the view it filled. */
export type Outcome =
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

/** One request (`flags`) against one base layout, with ndarray's and memoryview's outcomes. */
export interface Case {
  layout: string;
  base: Base;
  flags: number;
  flagname: string;
  ndarray: Outcome;
  memoryview: Outcome;
}

/** Every case, as `it.each` rows named `layout flagname`. */
export const requestRows = (requests as Case[]).map((c) => [c.layout, c.flagname, c] as const);

/** Every case. */
export const requestCases = requests as Case[];

const mem = new PyMemory(64);

/** The base layout `b` as a `Py_buffer` over a shared scratch memory. */
export function baseBuffer(b: Base): Py_buffer {
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

/** Checks the view `run` fills (or the BufferError it raises) against CPython's outcome. */
export function checkOutcome(out: Outcome, run: () => Py_buffer): void {
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

const exporterType = new PyTypeObject({ name: "exporter" });

/**
 * Runs case `c` through `fillRequestedView` as an exporter with `layout` and
 * `errors` answers it, against CPython's outcome `out`; `checkObj` also checks
 * that the view holds the exporter.
 */
export function checkRequest(
  c: Case,
  out: Outcome,
  layout: number,
  errors: RequestErrors,
  checkObj = false,
): void {
  const base = baseBuffer(c.base);
  const exporter = new PyObject(exporterType);
  checkOutcome(out, () => {
    const v = emptyPyBuffer();
    fillRequestedView(v, exporter, base, c.flags, layout, errors);
    if (checkObj) expect(v.obj).toBe(exporter);
    return v;
  });
}
