/** `seqiterobject` (`Objects/iterobject.c`): iteration over any sequence through `sq_item`. */
import { PyExc_IndexError, PyExc_StopIteration, isPyError } from "./exceptions.js";
import { PyObject, PyTypeObject } from "./object.js";
import { Py_DECREF, Py_INCREF } from "./refcount.js";

/** `PyObject_SelfIter`: an iterator's `__iter__` (a new reference to itself). */
export function selfIter(o: PyObject): PyObject {
  o.ob_refcnt++;
  return o;
}

/** `seqiterobject`: calls `sq_item(0)`, `sq_item(1)`, ... until IndexError. */
export class PySeqIterObject extends PyObject {
  declare seq: PyObject | null;
  declare index: number;
  constructor(seq: PyObject) {
    super(PySeqIter_Type);
    this.index = 0;
    this.seq = seq;
  }
}

function seqiter_dealloc(o: PyObject): void {
  const it = o as PySeqIterObject;
  const s = it.seq;
  it.seq = null;
  if (s !== null) Py_DECREF(s);
}

export const PySeqIter_Type: PyTypeObject = new PyTypeObject({
  name: "iterator",
  dealloc: seqiter_dealloc,
  iter: selfIter,
  iternext: (o) => {
    const it = o as PySeqIterObject;
    const seq = it.seq;
    if (seq === null) return null;
    try {
      return seq.ob_type.tp_as_sequence!.sq_item!(seq, it.index++);
    } catch (e) {
      if (isPyError(e, PyExc_IndexError) || isPyError(e, PyExc_StopIteration)) {
        it.seq = null;
        Py_DECREF(seq);
        return null;
      }
      throw e;
    }
  },
});

/**
 * `PySeqIter_New`: a sequence iterator over `seq` (borrowed; the iterator takes a reference).
 * @returns New reference.
 */
export function PySeqIter_New(seq: PyObject): PyObject {
  Py_INCREF(seq);
  return new PySeqIterObject(seq);
}
