/**
 * `tobytes()` and `bytes(m)` write into the storage of their new bytes object,
 * which may be a dead bytes object's (the storage pool of @py/buffer): reused
 * when nothing escaped, never reused once a view of it was handed out.
 */
import { PyBuffer_SetStoragePoolLimit, type PyBytesObject, PyBytes_Type } from "@py/buffer";
import { PyObject_Call, Py_DECREF } from "@py/object";
import { afterEach, beforeEach, expect, it } from "vitest";
import { asTypedArray } from "../src/index.js";
import { BA, S, call, get, mv, sl } from "./helpers.js";

let saved = 0;
beforeEach(() => {
  saved = PyBuffer_SetStoragePoolLimit(0);
  PyBuffer_SetStoragePoolLimit(saved);
});
afterEach(() => {
  PyBuffer_SetStoragePoolLimit(saved);
});

function bytesOf(b: PyBytesObject): number[] {
  return Array.from(b.mem.u8.subarray(b.start, b.start + b.length));
}

it("a dead tobytes() result's storage is reused by the next tobytes(), with the new content", () => {
  const ba = BA([...Array(2048).keys()].map((i) => i & 255));
  const m = mv(ba);
  const r1 = call(m, "tobytes") as PyBytesObject;
  const mem = r1.mem;
  Py_DECREF(r1);
  const half = get(m, sl(null, null, 2));
  const r2 = call(half, "tobytes") as PyBytesObject;
  // 1024 bytes: the dead 2048-byte block is in another size class (classes are at most 25% apart).
  expect(r2.mem).not.toBe(mem);
  Py_DECREF(r2);
  // Same length: the dead block, holding the new bytes.
  const r3 = call(m, "tobytes") as PyBytesObject;
  expect(r3.mem).toBe(mem);
  expect(bytesOf(r3)).toEqual([...Array(2048).keys()].map((i) => i & 255));
  // bytes(m[::2]) into a reused block: the strided copy, not the old bytes.
  Py_DECREF(r3);
  const even = get(m, sl(null, null, 2));
  const r4 = PyObject_Call(PyBytes_Type, [even], null) as PyBytesObject;
  expect(r4.length).toBe(1024);
  expect(bytesOf(r4)).toEqual([...Array(1024).keys()].map((i) => (2 * i) & 255));
  for (const o of [r4, even, half, m, ba]) Py_DECREF(o);
});

it("an export of a tobytes() result keeps its storage from reuse after both die", () => {
  const ba = BA([...Array(4096).keys()].map((i) => (i * 3) & 255));
  const m = mv(ba);
  const r1 = call(m, "tobytes") as PyBytesObject;
  const mem = r1.mem;
  const v = mv(r1);
  const fmt = S("B");
  const c = call(v, "cast", [fmt]);
  // A read-only view: a copy. The export itself (mv) is what must keep the storage.
  const ta = asTypedArray(c) as Uint8Array;
  for (const o of [c, v, r1]) Py_DECREF(o);
  const r2 = call(get(m, sl(null, null, null)), "tobytes") as PyBytesObject;
  expect(r2.mem).not.toBe(mem);
  expect(Array.from(ta)).toEqual([...Array(4096).keys()].map((i) => (i * 3) & 255));
  expect(Array.from(mem.u8.subarray(0, 4096))).toEqual([...Array(4096).keys()].map((i) => (i * 3) & 255));
  for (const o of [r2, fmt, m, ba]) Py_DECREF(o);
});
