/**
 * Checked mode's assertion on flags a caller computes instead of `init_flags`
 * (mbufRegisterViewFlags): the fast slice and cast paths agree with
 * init_flags, and a wrong value is caught. No CPython output is involved.
 */
import { PyExc_SystemError, Py_DECREF, isPyError, setCheckedMode } from "@py/object";
import { PyBytes_FromBytes } from "@py/buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ITEM_B,
  ITEM_KIND_MASK,
  ITEM_NATIVE,
  ITEM_WRITABLE,
  ITEM_d,
  ITEM_i,
  _Py_MEMORYVIEW_C,
  _Py_MEMORYVIEW_FORTRAN,
  _Py_MEMORYVIEW_PIL,
  _Py_MEMORYVIEW_RELEASED,
} from "../src/flags.js";
import { PyMemoryView_FromObject } from "../src/index.js";
import { mbufRegisterViewFlags } from "../src/memoryview.js";
import { initFlags1D, isLiveItemKind, itemKind, storeItemKind } from "../src/subscript.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

describe("mbufRegisterViewFlags in checked mode", () => {
  it("accepts the flags init_flags computes", () => {
    const b = PyBytes_FromBytes(new Uint8Array(8));
    const m = PyMemoryView_FromObject(b);
    const v = mbufRegisterViewFlags(m.mbuf!, m.view, _Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
    expect(v.flags).toBe(_Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
    Py_DECREF(v);
    Py_DECREF(m);
    Py_DECREF(b);
  });

  it("raises SystemError for flags init_flags would not compute", () => {
    const b = PyBytes_FromBytes(new Uint8Array(8));
    const m = PyMemoryView_FromObject(b);
    let err: unknown = null;
    try {
      mbufRegisterViewFlags(m.mbuf!, m.view, _Py_MEMORYVIEW_PIL);
    } catch (e) {
      err = e;
    }
    expect(isPyError(err, PyExc_SystemError)).toBe(true);
    Py_DECREF(m);
    Py_DECREF(b);
  });
});

describe("subscript.ts's literal predicates agree with the named bits", () => {
  it("the ITEM_* values its fast paths spell as literals", () => {
    expect([ITEM_NATIVE, ITEM_B, ITEM_i, ITEM_d, ITEM_KIND_MASK, ITEM_WRITABLE]).toEqual([
      0x100, 0x200, 0x300, 0x400, 0xf00, 0x1000,
    ]);
  });

  it("itemKind, isLiveItemKind, storeItemKind for every value of the bits", () => {
    for (let f = 0; f < 0x2000; f++) {
      const kind = f & (_Py_MEMORYVIEW_RELEASED | ITEM_KIND_MASK);
      expect(itemKind(f)).toBe(kind);
      expect(isLiveItemKind(kind)).toBe((f & _Py_MEMORYVIEW_RELEASED) === 0 && (f & ITEM_KIND_MASK) !== 0);
      const live = (f & _Py_MEMORYVIEW_RELEASED) === 0 && (f & ITEM_WRITABLE) !== 0;
      const k = f & ITEM_KIND_MASK;
      expect(storeItemKind(f)).toBe(live && k !== 0 ? k : 0);
    }
  });

  it("initFlags1D", () => {
    expect(initFlags1D(true, 1, 1, 1)).toBe(_Py_MEMORYVIEW_PIL);
    expect(initFlags1D(false, 1, 5, 1)).toBe(_Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
    expect(initFlags1D(false, 3, 4, 4)).toBe(_Py_MEMORYVIEW_C | _Py_MEMORYVIEW_FORTRAN);
    expect(initFlags1D(false, 3, 8, 4)).toBe(0);
  });
});
