/**
 * Checked mode's assertion on flags a caller computes instead of `init_flags`
 * (mbufRegisterViewFlags): the fast slice and cast paths agree with
 * init_flags, and a wrong value is caught. No CPython output is involved.
 */
import { PyExc_SystemError, Py_DECREF, isPyError, setCheckedMode } from "@py/object";
import { PyBytes_FromBytes } from "@py/buffer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { _Py_MEMORYVIEW_C, _Py_MEMORYVIEW_FORTRAN, _Py_MEMORYVIEW_PIL } from "../src/flags.js";
import { PyMemoryView_FromObject, mbufRegisterViewFlags } from "../src/memoryview.js";

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
