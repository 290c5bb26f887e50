/**
 * The free lists of one of `PyFloat_FromDouble` and `PyLong_FromNumber`
 * (float-object.ts, int-object.ts): a dead object (refcount 0) may be made
 * again, a live one never, and checked mode reuses nothing.
 */
import { afterEach, expect, it } from "vitest";
import {
  type PyObject,
  PyFloat_FromDouble,
  PyLong_FromNumber,
  Py_DECREF,
  leakReport,
  setCheckedMode,
} from "../src/index.js";

afterEach(() => setCheckedMode(false));

const makers: [string, (i: number) => PyObject & { value: number | bigint }][] = [
  ["float", (i) => PyFloat_FromDouble(i + 0.5)],
  ["int", (i) => PyLong_FromNumber(i + 1000)],
];

for (const [name, make] of makers) {
  it(`a ${name} freed before the next is made is made again`, () => {
    // fill the free list (it takes one of the objects made while it holds a live one)
    for (let i = 0; i < 200; i++) Py_DECREF(make(i));
    const a = make(1);
    Py_DECREF(a);
    const b = make(2);
    expect(b).toBe(a);
    expect(b.ob_refcnt).toBe(1);
    expect(Number(b.value)).toBe(name === "float" ? 2.5 : 1002);
    Py_DECREF(b);
  });

  it(`a live ${name} is never made again`, () => {
    const live = Array.from({ length: 300 }, (_, i) => make(i));
    expect(new Set(live).size).toBe(300);
    live.forEach((o, i) => {
      expect(o.ob_refcnt).toBe(1);
      expect(Number(o.value)).toBe(name === "float" ? i + 0.5 : i + 1000);
    });
    for (const o of live) Py_DECREF(o);
  });

  it(`checked mode makes every ${name} anew and sees it`, () => {
    for (let i = 0; i < 200; i++) Py_DECREF(make(i));
    setCheckedMode(true);
    const a = make(1);
    Py_DECREF(a);
    const b = make(2);
    expect(b).not.toBe(a);
    expect(leakReport()).toHaveLength(1);
    Py_DECREF(b);
    expect(leakReport()).toEqual([]);
  });
}
