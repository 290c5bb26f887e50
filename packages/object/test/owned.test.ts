import { describe, expect, it } from "vitest";
import { Py_REFCNT, PyList_FromArray, owned } from "../src/index.js";

describe("owned", () => {
  it("drops the reference at scope exit, and not after release()", () => {
    const list = PyList_FromArray([]);
    const keep = PyList_FromArray([]);
    list.ob_refcnt += 1;
    {
      using ref = owned(list);
      expect(ref.obj).toBe(list);
    }
    expect(Py_REFCNT(list)).toBe(1);
    keep.ob_refcnt += 1;
    {
      using ref = owned(keep);
      expect(ref.release()).toBe(keep);
    }
    expect(Py_REFCNT(keep)).toBe(2);
  });
});
