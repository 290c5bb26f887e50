/**
 * Static type objects of the main module beyond the core ones (`c-runtime.ts`
 * lists those): `PyFunction_Type`, `PyClassMethod_Type`, `PyStaticMethod_Type`,
 * `PyMethod_Type`, `PyReversed_Type` and `PyComplex_Type`, which third-party
 * extensions (wrapt, lazy_object_proxy) compare types with or call
 * (`PyObject_CallFunctionObjArgs((PyObject *)&PyReversed_Type, seq, NULL)`).
 *
 * `@py/object` has no complex numbers: `PyComplex_Type` is a type named
 * `complex` with no instances, so `PyComplex_Check` is false for every object
 * and calling it raises TypeError saying so (never a crash or a wrong value).
 */
import {
  PyClassMethod_Type,
  PyExc_TypeError,
  PyFunction_Type,
  PyMethod_Type,
  PyReversed_Type,
  PyStaticMethod_Type,
  PyTypeObject,
  PyType_Ready,
  raise,
} from "@py/object";

let complexType: PyTypeObject | null = null;

/**
 * The `complex` type C sees at `&PyComplex_Type`: made once, with no instances.
 * @returns Borrowed reference.
 */
function complexStandIn(): PyTypeObject {
  if (complexType === null) {
    const t = new PyTypeObject({ name: "complex" });
    PyType_Ready(t, {
      doc: "complex numbers are not available in this runtime",
      new: () => raise(PyExc_TypeError, "complex numbers are not supported by this runtime"),
    });
    complexType = t;
  }
  return complexType;
}

/** The 3.11 names of these static types and their objects (appended to c-runtime.ts's list). */
export const MORE_STATIC_TYPES: [string, () => PyTypeObject][] = [
  ["PyFunction_Type", () => PyFunction_Type],
  ["PyClassMethod_Type", () => PyClassMethod_Type],
  ["PyStaticMethod_Type", () => PyStaticMethod_Type],
  ["PyMethod_Type", () => PyMethod_Type],
  ["PyReversed_Type", () => PyReversed_Type],
  ["PyComplex_Type", complexStandIn],
];
