/**
 * The `pyobj` module: see what the object model does while a program runs —
 * reference counts, who holds which buffer export, every field of a
 * `Py_buffer`, the handle table from C's side, and a drawing of a buffer's
 * layout over its bytes. No CPython equivalent (CPython has
 * `sys.getrefcount` and `gc.get_referrers`; the rest a C programmer reads
 * in a debugger).
 *
 * The data behind each function is plain and browser-safe (`buffer-info.ts`,
 * `buffer-layout.ts`, `exports.ts`, `handles.ts`, exported by minipy's
 * index for the playground); this file only turns it into Python values.
 */
import { capiHandles } from "@py/capi";
import { PyMemoryView_Check, PyMemoryView_GET_BUFFER } from "@py/memoryview";
import {
  type KwArgs,
  METH_NOARGS,
  METH_O,
  PyCFunction_New,
  PyList_FromArray,
  PyLong_FromNumber,
  PyModule_AddObject,
  PyModule_New,
  type PyObject,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_NewRef,
  Py_RETURN_NONE,
} from "@py/object";
import { type ModuleHost, NO_HOST, hostRoots } from "../module-host.js";
import { bufferInfo } from "./buffer-info.js";
import { bufferLayout } from "./buffer-layout.js";
import { exportsOf } from "./exports.js";
import { refcountOf } from "./handles.js";
import { renderLayout } from "./show.js";
import { bufferInfoDict, exportsList } from "./values.js";

type Fn = (args: readonly PyObject[], kwargs: KwArgs | null) => PyObject;

const MODULE_DOC =
  "See what the object model does: reference counts, buffer exports and who holds them,\n" +
  "the fields of a Py_buffer, the handle table C sees, and a buffer drawn over its bytes.";

const DOCS = {
  refcount:
    "refcount($module, obj, /)\n--\n\nReturn the number of references to obj, not counting the one this call holds.\n\n" +
    "sys.getrefcount(obj) - 1: the references the program and C hold.",
  exports:
    "exports($module, obj, /)\n--\n\nReturn who holds the buffers obj has exported, one dict per export.\n\n" +
    "{'holder': 'memoryview', 'views': [...]}: a managed buffer and the memoryviews sharing it;\n" +
    "{'holder': 'C', 'address': A, 'filled_by': ...}: a Py_buffer C filled and has not released;\n" +
    "{'holder': obj}: another object keeping a Py_buffer of obj;\n" +
    "{'holder': None}: an export obj counts that nothing reachable holds (a leak).",
  buffer_info:
    "buffer_info($module, obj, /)\n--\n\nReturn every field of the Py_buffer of obj as a dict.\n\n" +
    "For a memoryview: its own buffer (PyMemoryView_GET_BUFFER); for another exporter:\n" +
    "the buffer a PyBUF_FULL_RO request gets (taken and released).",
  handles:
    "handles($module, /)\n--\n\nReturn the live handle table from C's side as (handle, obj, refcount, owned_by_C) tuples.\n\n" +
    "Every object C was handed a PyObject* for and that is alive; immortal objects are left out.",
  show:
    "show($module, obj, /)\n--\n\nPrint a drawing of the buffer of obj over its bytes.\n\n" +
    "Which bytes each item covers, the strides as steps, the pointers followed for suboffsets.",
};

/** `PyInit_pyobj`: a new module object (new reference) for the interpreter `host`. */
export function PyInit_pyobj(host: ModuleHost = NO_HOST): PyObject {
  const mod = PyModule_New("pyobj");
  PyModule_AddObject(mod, "__doc__", PyUnicode_FromString(MODULE_DOC));
  const add = (name: keyof typeof DOCS, f: Fn, flags: number): void =>
    PyModule_AddObject(
      mod,
      name,
      PyCFunction_New(name, f, null, { module: "pyobj", flags, doc: DOCS[name] }),
    );
  // The argument's own reference (the call's) is not counted.
  add("refcount", (args) => PyLong_FromNumber(refcountOf(args[0]!) - 1), METH_O);
  add("exports", (args) => exportsList(exportsOf(args[0]!, hostRoots(host))), METH_O);
  add(
    "buffer_info",
    (args) => {
      const o = args[0]!;
      const info = bufferInfo(o);
      // A memoryview's obj is its exporter; another exporter's export has obj = o.
      const obj = PyMemoryView_Check(o) ? PyMemoryView_GET_BUFFER(o).obj : info.obj === null ? null : o;
      return bufferInfoDict(info, obj);
    },
    METH_O,
  );
  add(
    "handles",
    () =>
      PyList_FromArray(
        capiHandles()
          .filter((e) => !e.immortal)
          .map((e) =>
            PyTuple_Pack([
              PyLong_FromNumber(e.handle),
              Py_NewRef(e.obj),
              PyLong_FromNumber(e.obj.ob_refcnt),
              PyLong_FromNumber(e.owned),
            ]),
          ),
      ),
    METH_NOARGS,
  );
  add(
    "show",
    (args) => {
      const o = args[0]!;
      const layout = bufferLayout(o);
      const title =
        o.ob_type.tp_name === "memoryview"
          ? "memoryview: its Py_buffer"
          : `${o.ob_type.tp_name}: the Py_buffer a PyBUF_FULL_RO request gets`;
      host.stdout(`${renderLayout(layout, title).join("\n")}\n`);
      return Py_RETURN_NONE();
    },
    METH_O,
  );
  return mod;
}
