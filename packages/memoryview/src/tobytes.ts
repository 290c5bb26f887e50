/**
 * `memoryview.tobytes(order='C')` and `memoryview.hex(sep, bytes_per_sep)`
 * (`memoryview_tobytes_impl`, `memoryview_hex_impl` of
 * `Objects/memoryobject.c`). A contiguous view is one block copy.
 */
import {
  type KwArgs,
  type PyObject,
  PyExc_ValueError,
  PyUnicode_Check,
  PyUnicode_FromString,
  Py_None,
  badArgument,
  parseArgs,
  raise,
} from "@py/object";
import {
  PyBuffer_ToContiguous,
  _PyBytes_NewUninit,
  bytesToHex,
  parseHexSep,
  toContiguousBytes,
} from "@py/buffer";
import { mvCContiguous } from "./flags.js";
import { type PyMemoryViewObject, checkReleased } from "./memoryview.js";

const TOBYTES_SPEC = { names: ["order"] } as const;

/** `memoryview.tobytes(order=None)`: 'C', 'F' or 'A' (None means 'C'). New reference. */
export function memoryviewTobytes(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const self = o as PyMemoryViewObject;
  // No argument (the common call): nothing to bind.
  const order =
    args.length === 0 && kwargs === null ? null : parseArgs("tobytes", args, kwargs, TOBYTES_SPEC)[0];
  let ord: "C" | "F" | "A" = "C";
  let given: string | null = null;
  if (order !== null && order !== Py_None) {
    if (!PyUnicode_Check(order)) badArgument("tobytes", "order", "str or None", order);
    given = order.value;
  }
  checkReleased(self);
  if (given !== null) {
    if (given === "F") ord = "F";
    else if (given === "A") ord = "A";
    else if (given !== "C") raise(PyExc_ValueError, "order must be 'C', 'F' or 'A'");
  }
  // Into the storage of the new bytes (a dead object's when the storage pool has one):
  // one block copy for a contiguous view.
  const view = self.view;
  const r = _PyBytes_NewUninit(view.len);
  if (view.len > 0) PyBuffer_ToContiguous({ mem: r.mem, offset: r.start }, view, view.len, ord);
  return r;
}

const HEX_SPEC = { names: ["sep", "bytes_per_sep"] } as const;
/** `hex()`'s parameters when called without arguments. */
const NO_ARGS: readonly (PyObject | null)[] = [null, null];

/** `memoryview.hex(sep=<unrepresentable>, bytes_per_sep=1)`. New reference. */
export function memoryviewHex(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const self = o as PyMemoryViewObject;
  const [sep = null, per = null] =
    args.length === 0 && kwargs === null ? NO_ARGS : parseArgs("hex", args, kwargs, HEX_SPEC);
  parseHexSep(null, per); // bytes_per_sep is converted by arg clinic, before the release check
  checkReleased(self);
  const hs = parseHexSep(sep, per);
  const view = self.view;
  if (mvCContiguous(self.flags)) {
    return PyUnicode_FromString(
      bytesToHex(view.buf.mem.u8, view.buf.offset, view.len, hs.sep, hs.bytesPerSep),
    );
  }
  const u8 = toContiguousBytes(view, "C");
  return PyUnicode_FromString(bytesToHex(u8, 0, u8.length, hs.sep, hs.bytesPerSep));
}
