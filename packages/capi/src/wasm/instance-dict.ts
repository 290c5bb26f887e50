/**
 * Instance dicts of C types that declare one (`tp_dictoffset`): the
 * `PyObject *` field at that offset of the instance's struct is its
 * `__dict__`, as in CPython (`_PyObject_GetDictPtr`). The generic attribute
 * functions reached from C (`PyObject_GenericGetAttr/SetAttr`) and from
 * Python (`o.x` on a C instance whose type keeps the generic slots) read and
 * store attributes there, so C code reading `self->dict` and Python code see
 * one dict. The field owns its reference (C's `tp_clear` releases it), so a
 * dict made here on first store is handed to C (`adopt`).
 */
import {
  type PyDictObject,
  PyDict_New,
  type PyObject,
  PyObject_GenericGetAttr,
  PyObject_GenericGetAttrWithDict,
  PyObject_GenericSetAttr,
  PyObject_GenericSetAttrWithDict,
} from "@py/object";
import { adopt, borrow } from "../refcount.js";
import { cRuntime } from "./c-runtime.js";
import { TYPE } from "./layout.js";

/** The address of `o`'s dict field (0: its type has none, or `o` is not a C struct). */
function dictField(o: PyObject): number {
  const c = cRuntime();
  // The nearest C type on o's base chain (a class statement over a C type keeps its layout).
  let ta = 0;
  for (let t = o.ob_type as typeof o.ob_type | null; t !== null && ta === 0; t = t.tp_base) {
    const a = c.objects.addressIfAny(t);
    if (a !== undefined && c.cTypeAddrs.has(a)) ta = a;
  }
  if (ta === 0) return 0;
  const off = c.mem.readI32(ta + TYPE.tp_dictoffset);
  if (off <= 0) return 0;
  const addr = c.objects.addressIfAny(o);
  return addr === undefined ? 0 : addr + off;
}

/** The dict at `field` (null while C left it NULL). Borrowed. */
function dictAt(field: number): PyDictObject | null {
  const p = cRuntime().mem.readU32(field);
  return p === 0 ? null : (borrow(p, "tp_dictoffset") as PyDictObject);
}

/**
 * `PyObject_GenericGetAttr(o, name)` with `o`'s C instance dict, if its type has one.
 * @returns New reference.
 */
export function genericGetAttr(o: PyObject, name: string): PyObject {
  const field = dictField(o);
  if (field === 0) return PyObject_GenericGetAttr(o, name);
  return PyObject_GenericGetAttrWithDict(o, name, dictAt(field));
}

/** `PyObject_GenericSetAttr(o, name, v)` (`v` null: delete) with `o`'s C instance dict, if its type has one. */
export function genericSetAttr(o: PyObject, name: string, v: PyObject | null): void {
  const field = dictField(o);
  if (field === 0) {
    PyObject_GenericSetAttr(o, name, v);
    return;
  }
  PyObject_GenericSetAttrWithDict(o, name, v, dictAt(field), () => {
    const d = PyDict_New();
    cRuntime().mem.writeU32(field, adopt(d) as number);
    return d;
  });
}

/** Whether instances of the C type at `typeAddr` have a dict field. */
export function hasDictOffset(typeAddr: number): boolean {
  return cRuntime().mem.readI32(typeAddr + TYPE.tp_dictoffset) > 0;
}
