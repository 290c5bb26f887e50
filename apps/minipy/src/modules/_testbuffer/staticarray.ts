/**
 * `staticarray` of `Modules/_testbuffer.c`: a non-compliant exporter that
 * hands out one static 12-byte read-only buffer for every request, whatever
 * the flags. With `legacy_mode` the view has no owner (`view.obj == NULL`).
 */
import { PyMemory, type Py_buffer } from "@py/buffer";
import { type KwArgs, PyObject, PyTypeObject, Py_False, Py_NewRef, parseArgs } from "@py/object";

/** `StaticArrayObject`. */
export class PyStaticArrayObject extends PyObject {
  /** If true, use the view.obj == NULL hack. */
  legacyMode = false;
}

/** `static_mem`: {0, 1, ..., 11}. Invariant: never written (the buffer is read-only). */
const staticMem = new PyMemory(12);
staticMem.u8.set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
const STATIC_SHAPE: readonly number[] = [12];
const STATIC_STRIDES: readonly number[] = [1];

/** `staticarray_getbuf`: fills the static buffer; flags are not checked. */
function staticarrayGetbuf(o: PyObject, v: object, _flags: number): void {
  const view = v as Py_buffer;
  const self = o as PyStaticArrayObject;
  view.buf = { mem: staticMem, offset: 0 };
  view.len = 12;
  view.itemsize = 1;
  view.readonly = true;
  view.ndim = 1;
  view.format = "B";
  view.shape = STATIC_SHAPE as number[];
  view.strides = STATIC_STRIDES as number[];
  view.suboffsets = null;
  view.internal = null;
  // Don't use legacy mode in new code.
  view.obj = self.legacyMode ? null : Py_NewRef(self);
}

const INIT_SPEC = { names: ["legacy_mode"], fname: null };

/** `staticarray_new` + `staticarray_init`: `staticarray(legacy_mode=False)`. */
function staticarrayTpNew(_type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const [legacy] = parseArgs(null, args, kwargs, INIT_SPEC);
  const a = new PyStaticArrayObject(StaticArray_Type);
  // Any object but False itself (even 0) selects legacy mode, as in C.
  a.legacyMode = legacy !== null && legacy !== Py_False;
  return a;
}

export const StaticArray_Type: PyTypeObject = new PyTypeObject({
  name: "staticarray",
  new: staticarrayTpNew,
  as_buffer: { bf_getbuffer: staticarrayGetbuf },
});
