/**
 * `PyMemoryView_Type`'s slots, methods and attributes (`PyMemoryView_Type`,
 * `memory_methods` of `Objects/memoryobject.c`), filled in when this module
 * is loaded (`PyType_Ready`), and `memoryview.__new__(object)`. The type
 * object itself is declared with its layout in memoryview.ts, so that the
 * method files import only that file; this one imports them all.
 */
import {
  checkNoArgs,
  type KwArgs,
  METH_FASTCALL,
  noKeywords,
  parseArgs,
  Py_NewRef,
  Py_None,
  type PyObject,
  PyType_Ready,
  type PyTypeObject,
} from "@py/object";
import { memoryviewCast, memoryviewToreadonly } from "./cast.js";
import { memoryGetset } from "./attributes.js";
import { memoryRichcompare } from "./compare.js";
import { memoryAsBuffer } from "./getbuf.js";
import { memoryHash, memoryHashExact } from "./hash.js";
import { memoryIter } from "./iterator.js";
import {
  type PyMemoryViewObject,
  PyMemoryView_FromObject,
  PyMemoryView_Type,
  checkReleased,
  memoryDealloc,
  memoryRelease,
  memoryRepr,
} from "./memoryview.js";
import { memoryAssSub, memoryItem, memoryLength, memorySubscript } from "./subscript.js";
import { memoryviewHex, memoryviewTobytes } from "./tobytes.js";
import { memoryviewTolist } from "./tolist.js";

const NEW_SPEC = { names: ["object"], required: 1 } as const;

/** `memoryview(object)` (tp_new). */
function memoryviewNew(_type: PyTypeObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  const [object] = parseArgs("memoryview", args, kwargs, NEW_SPEC);
  return PyMemoryView_FromObject(object!);
}

/** `memoryview.release()`. */
function memoryviewRelease(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  checkNoArgs("memoryview.release()", args, kwargs);
  memoryRelease(o as PyMemoryViewObject);
  return Py_NewRef(Py_None);
}

/** `memory_enter`: the view itself (ValueError if released). */
function memoryEnter(o: PyObject, args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  checkNoArgs("memoryview.__enter__()", args, kwargs);
  checkReleased(o as PyMemoryViewObject);
  return Py_NewRef(o);
}

/** `memory_exit(*exc_info)`: release(). */
function memoryExit(o: PyObject, _args: readonly PyObject[], kwargs: KwArgs | null): PyObject {
  // METH_VARARGS: any positional arguments, no keywords
  noKeywords("memoryview.__exit__", kwargs);
  memoryRelease(o as PyMemoryViewObject);
  return Py_NewRef(Py_None);
}

// PyType_Ready for PyMemoryView_Type (declared in memoryview.ts): its slots,
// methods and attributes. Every slot is set here (none is left inherited).
PyType_Ready(PyMemoryView_Type, {
  dealloc: memoryDealloc,
  repr: memoryRepr,
  hash: memoryHash,
  hash_exact: memoryHashExact,
  richcompare: memoryRichcompare,
  iter: memoryIter,
  new: memoryviewNew,
  as_sequence: { sq_length: memoryLength, sq_item: memoryItem },
  as_mapping: {
    mp_length: memoryLength,
    mp_subscript: memorySubscript,
    mp_ass_subscript: memoryAssSub,
  },
  as_buffer: memoryAsBuffer,
  methods: {
    release: {
      flags: METH_FASTCALL,
      meth: memoryviewRelease,
      doc: "Release the underlying buffer exposed by the memoryview object.",
    },
    tobytes: { meth: memoryviewTobytes, doc: "Return the data in the buffer as a byte string." },
    hex: { meth: memoryviewHex, doc: "Return the data in the buffer as a str of hexadecimal numbers." },
    tolist: {
      flags: METH_FASTCALL,
      meth: memoryviewTolist,
      doc: "Return the data in the buffer as a list of elements.",
    },
    cast: { meth: memoryviewCast, doc: "Cast a memoryview to a new format or shape." },
    toreadonly: {
      flags: METH_FASTCALL,
      meth: memoryviewToreadonly,
      doc: "Return a readonly version of the memoryview.",
    },
    __enter__: { meth: memoryEnter },
    __exit__: { meth: memoryExit, doc: "Release the underlying buffer exposed by the memoryview object." },
  },
  getset: memoryGetset,
});

/** `PyMemoryView_Type`, its slots filled (the object memoryview.ts declares). */
export { PyMemoryView_Type };
