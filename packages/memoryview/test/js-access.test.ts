/** JS extras: TypedArray/DataView windows, JS iteration, Symbol.dispose. */
import { PyObject_GetAttr, Py_DECREF, checkpoint, setCheckedMode } from "@py/object";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type PyMemoryViewObject, asDataView, asTypedArray } from "../src/index.js";
import { B, BA, S, call, expected, get, mv, outcome, sl, leaks } from "./helpers.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

it("a writable view gives a live TypedArray of its format", () => {
  checkpoint();
  const b = BA([1, 0, 0, 0, 2, 0, 0, 0]);
  const m = mv(b);
  const fmt = S("i");
  const i = call(m, "cast", [fmt]);
  const ta = asTypedArray(i) as Int32Array;
  expect(ta).toBeInstanceOf(Int32Array);
  expect(Array.from(ta)).toEqual([1, 2]);
  ta[1] = -5;
  expect(outcome(() => call(i, "tolist"))).toBe("[1, -5]");
  const dv = asDataView(m);
  dv.setUint8(0, 7);
  expect(outcome(() => call(i, "tolist"))).toBe("[7, -5]");
  for (const o of [i, fmt, m, b]) Py_DECREF(o);
  expect(leaks()).toEqual([]);
});

it("a read-only view gives a copy; non-contiguous and released views are refused", () => {
  checkpoint();
  const b = B("abcd");
  const m = mv(b);
  const ta = asTypedArray(m) as Uint8Array;
  ta[0] = 0;
  expect(outcome(() => call(m, "tobytes"))).toBe(expected.js_tobytes);
  const s = get(m, sl(null, null, 2));
  expect(
    outcome(() => {
      asTypedArray(s);
      return null;
    }),
  ).toBe(expected.getbuf_c_noncontig);
  Py_DECREF(call(s, "release"));
  expect(
    outcome(() => {
      asTypedArray(s);
      return null;
    }),
  ).toBe(expected.js_released_c);
  for (const o of [s, m, b]) Py_DECREF(o);
  expect(leaks()).toEqual([]);
});

it("iterates as JS values and releases on dispose", () => {
  checkpoint();
  const b = B("\x01\x02\x03");
  const m = mv(b) as PyMemoryViewObject;
  expect([...m]).toEqual([1, 2, 3]);
  const dispose = (Symbol as { dispose?: symbol }).dispose ?? Symbol.for("Symbol.dispose");
  (m as unknown as Record<symbol, () => void>)[dispose]!();
  expect(outcome(() => PyObject_GetAttr(m, "nbytes"))).toBe(expected.js_released_nbytes);
  for (const o of [m, b]) Py_DECREF(o);
  expect(leaks()).toEqual([]);
});
