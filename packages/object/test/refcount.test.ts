import { afterEach, beforeEach, describe, expect, it } from "vitest";
import * as O from "../src/index.js";

describe("refcounts and checked mode", () => {
  beforeEach(() => O.setCheckedMode(true));
  afterEach(() => O.setCheckedMode(false));

  it("deallocates at zero and releases owned items", () => {
    const a = O.PyUnicode_FromString("a");
    const b = O.PyFloat_FromDouble(1.5);
    O.Py_INCREF(a);
    const t = O.PyTuple_Pack([a, b]); // steals
    expect(O.Py_REFCNT(a)).toBe(2);
    O.Py_DECREF(t);
    expect(O.Py_REFCNT(a)).toBe(1);
    expect(O.Py_REFCNT(b)).toBe(0);
    O.Py_DECREF(a);
    expect(O.leakReport()).toEqual([]);
  });

  it("reports decref below zero", () => {
    const x = O.PyFloat_FromDouble(2.5);
    O.Py_DECREF(x);
    expect(() => O.Py_DECREF(x)).toThrow(O.RefcountError);
    expect(O.checkedReports().at(-1)).toBe("Py_DECREF: decref below zero of deallocated float object");
  });

  it("reports use of a deallocated object", () => {
    const x = O.PyUnicode_FromString("gone");
    O.Py_DECREF(x);
    expect(() => O.Py_INCREF(x)).toThrow("Py_INCREF: use of deallocated str object at refcount 0");
  });

  it("reports leaks since the last checkpoint", () => {
    O.checkpoint();
    const l = O.PyList_FromArray([O.PyFloat_FromDouble(1.25)]);
    const r = O.leakReport();
    expect(r).toContain("leaked: list object [1.25] with refcount 1");
    expect(r).toContain("leaked: float object 1.25 with refcount 1");
    O.Py_DECREF(l);
    expect(O.leakReport()).toEqual([]);
  });

  it("keeps counts right through list operations and iteration", () => {
    O.checkpoint();
    const f = O.PyFloat_FromDouble(3.5);
    const l = O.PyList_FromArray([]);
    const append = O.PyObject_GetAttr(l, "append");
    for (let i = 0; i < 3; i++) O.Py_DECREF(O.PyObject_Call(append, [f], null));
    O.Py_DECREF(append);
    expect(O.Py_REFCNT(f)).toBe(4);
    const it = O.PyObject_GetIter(l);
    for (let x = O.PyIter_Next(it); x !== null; x = O.PyIter_Next(it)) O.Py_DECREF(x);
    O.Py_DECREF(it);
    const sl = O.PySlice_FromNumbers(null, null, 2);
    O.PyObject_DelItem(l, sl);
    O.Py_DECREF(sl);
    expect(O.Py_REFCNT(f)).toBe(2);
    const t = O.PySequence_Tuple(l);
    O.Py_DECREF(l);
    expect(O.Py_REFCNT(f)).toBe(2);
    O.Py_DECREF(t);
    O.Py_DECREF(f);
    expect(O.leakReport()).toEqual([]);
  });

  it("does not track raised exceptions", () => {
    O.checkpoint();
    expect(() => O.PyObject_GetItem(O.PyLong_FromNumber(1), O.PyLong_FromNumber(0))).toThrow(
      "TypeError: 'int' object is not subscriptable",
    );
    expect(O.leakReport()).toEqual([]);
  });

  it("bound methods own their self", () => {
    const l = O.PyList_FromArray([]);
    const m = O.PyObject_GetAttr(l, "append");
    expect(O.Py_REFCNT(l)).toBe(2);
    O.Py_DECREF(m);
    expect(O.Py_REFCNT(l)).toBe(1);
    O.Py_DECREF(l);
  });
});
