/**
 * The Python values `pyobj`'s functions return, made from the plain data of
 * `buffer-info.ts`, `exports.ts` and `handles.ts` (new references).
 */
import {
  PyDict_New,
  PyDict_SetItemString,
  PyList_FromArray,
  PyLong_FromNumber,
  type PyObject,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  PyBool_FromBool,
} from "@py/object";
import type { BufferInfo } from "./buffer-info.js";
import type { ExportsInfo } from "./exports.js";

/** A dict from `[key, value]` pairs, the values new references it steals. New reference. */
export function dictOf(entries: readonly [string, PyObject][]): PyObject {
  const d = PyDict_New();
  for (const [k, v] of entries) {
    try {
      PyDict_SetItemString(d, k, v);
    } finally {
      Py_DECREF(v);
    }
  }
  return d;
}

function intTuple(a: readonly number[] | null): PyObject {
  return a === null ? Py_NewRef(Py_None) : PyTuple_Pack(a.map((n) => PyLong_FromNumber(n)));
}

function strOrNone(s: string | null): PyObject {
  return s === null ? Py_NewRef(Py_None) : PyUnicode_FromString(s);
}

/**
 * `buffer_info`'s dict: the `Py_buffer` fields in `Include/pybuffer.h`'s order
 * (`buf`, `obj`, `len`, `itemsize`, `readonly`, `ndim`, `format`, `shape`,
 * `strides`, `suboffsets`), then `address` (of the struct, None when C never
 * asked for it) and `memory`. `obj` is the exporter itself. New reference.
 */
export function bufferInfoDict(info: BufferInfo, obj: PyObject | null): PyObject {
  return dictOf([
    ["buf", PyLong_FromNumber(info.buf)],
    ["obj", Py_NewRef(obj ?? Py_None)],
    ["len", PyLong_FromNumber(info.len)],
    ["itemsize", PyLong_FromNumber(info.itemsize)],
    ["readonly", PyBool_FromBool(info.readonly)],
    ["ndim", PyLong_FromNumber(info.ndim)],
    ["format", strOrNone(info.format)],
    ["shape", intTuple(info.shape)],
    ["strides", intTuple(info.strides)],
    ["suboffsets", intTuple(info.suboffsets)],
    ["address", info.address === null ? Py_NewRef(Py_None) : PyLong_FromNumber(info.address)],
    ["memory", PyUnicode_FromString(info.memory)],
  ]);
}

/**
 * `exports`' list: one dict per export of the object — `{'holder': 'memoryview',
 * 'views': [...]}` for a managed buffer and the memoryviews sharing it,
 * `{'holder': 'C', 'address': A, 'filled_by': '...'}` for a `Py_buffer` C holds,
 * `{'holder': obj}` for another object keeping a `Py_buffer`, and
 * `{'holder': None}` for an export the exporter counts that nothing reachable
 * holds (a leak). New reference.
 */
export function exportsList(info: ExportsInfo): PyObject {
  const out: PyObject[] = [];
  for (const h of info.holders) {
    if (h.kind === "memoryview") {
      out.push(
        dictOf([
          ["holder", PyUnicode_FromString("memoryview")],
          ["views", PyList_FromArray(h.views.map((v) => Py_NewRef(v.object)))],
        ]),
      );
    } else if (h.kind === "C") {
      out.push(
        dictOf([
          ["holder", PyUnicode_FromString("C")],
          ["address", PyLong_FromNumber(h.address)],
          ["filled_by", PyUnicode_FromString(h.origin)],
        ]),
      );
    } else {
      out.push(dictOf([["holder", Py_NewRef(h.object)]]));
    }
  }
  for (let i = 0; i < info.unaccounted; i++) out.push(dictOf([["holder", Py_NewRef(Py_None)]]));
  return PyList_FromArray(out);
}
