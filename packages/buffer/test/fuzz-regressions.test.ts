/**
 * Regression cases left by the bad-input fuzzer (fuzz/src/capi): allocations
 * the host cannot make raise Python's MemoryError (they used to escape as a
 * raw RangeError "Array buffer allocation failed").
 */
import { isPyError, PyExc_MemoryError, PyExc_SystemError } from "@py/object";
import { describe, expect, it } from "vitest";
import { emptyPyBuffer, PyMemory, toContiguousBytes } from "../src/index.js";

function raised(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return null;
}

describe("PyMemory allocation failures", () => {
  it("a size the host cannot allocate (2**50, 2**53) is MemoryError; a non-size is SystemError", () => {
    expect(
      isPyError(
        raised(() => new PyMemory(2 ** 50)),
        PyExc_MemoryError,
      ),
    ).toBe(true);
    // 2**53 is a Py_ssize_t (a huge virtual array's len): malloc fails, as CPython's
    expect(
      isPyError(
        raised(() => new PyMemory(2 ** 53)),
        PyExc_MemoryError,
      ),
    ).toBe(true);
    expect(
      isPyError(
        raised(() => new PyMemory(1.5)),
        PyExc_SystemError,
      ),
    ).toBe(true);
    expect(
      isPyError(
        raised(() => new PyMemory(-1)),
        PyExc_SystemError,
      ),
    ).toBe(true);
    const m = new PyMemory(4);
    expect(
      isPyError(
        raised(() => m.reallocate(2 ** 50)),
        PyExc_MemoryError,
      ),
    ).toBe(true);
    expect(m.byteLength).toBe(4);
  });

  it("tobytes() of a huge stride-0 view (memory-safe, too big to copy) is MemoryError", () => {
    const view = emptyPyBuffer({ mem: new PyMemory(1), offset: 0 });
    view.len = 2 ** 45;
    view.itemsize = 1;
    view.ndim = 1;
    view.shape = [2 ** 45];
    view.strides = [0];
    expect(
      isPyError(
        raised(() => toContiguousBytes(view, "C")),
        PyExc_MemoryError,
      ),
    ).toBe(true);
  });
});
