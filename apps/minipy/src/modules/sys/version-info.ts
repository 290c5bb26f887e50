/**
 * `sys.version_info`: a named tuple of the version of the language minipy
 * follows (CPython 3.11, the reference of every behaviour), as CPython's
 * struct sequence type `sys.version_info` (`Python/sysmodule.c`,
 * `make_version_info`): a tuple subtype with `major`, `minor`, `micro`,
 * `releaselevel` and `serial` attributes.
 */
import {
  type PyObject,
  PyLong_FromNumber,
  PyTupleObject,
  PyTuple_Type,
  PyTypeObject,
  PyUnicode_FromString,
  Py_NewRef,
  repr,
} from "@py/object";

/** The CPython version minipy's behaviour is checked against (3.11.7, final). */
export const VERSION = { major: 3, minor: 11, micro: 7, releaselevel: "final", serial: 0 } as const;

const FIELDS = ["major", "minor", "micro", "releaselevel", "serial"] as const;

/** `sys.version_info`'s type (`structseq`): `sys.version_info(major=3, ...)`. */
export const VersionInfo_Type: PyTypeObject = new PyTypeObject({
  name: "sys.version_info",
  base: PyTuple_Type,
  doc: "sys.version_info\n\nVersion information as a named tuple.",
  repr: (o) => {
    const items = (o as PyTupleObject).items;
    return `sys.version_info(${FIELDS.map((f, i) => `${f}=${repr(items[i]!)}`).join(", ")})`;
  },
  getset: Object.fromEntries(
    FIELDS.map((f, i) => [f, { get: (o: PyObject) => Py_NewRef((o as PyTupleObject).items[i]!) }]),
  ),
});

/** A new `sys.version_info` object. New reference. */
export function makeVersionInfo(): PyObject {
  const v = VERSION;
  return new PyTupleObject(VersionInfo_Type, [
    PyLong_FromNumber(v.major),
    PyLong_FromNumber(v.minor),
    PyLong_FromNumber(v.micro),
    PyUnicode_FromString(v.releaselevel),
    PyLong_FromNumber(v.serial),
  ]);
}
