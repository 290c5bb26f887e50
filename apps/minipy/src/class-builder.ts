/**
 * `class` statements (`LOAD_BUILD_CLASS`, `builtins.__build_class__`): the
 * body runs in its own namespace (a class frame, seeded with `__module__`
 * and `__qualname__` as CPython's compiler does), then `@py/object` makes the
 * class from the namespace (`PyType_FromNamespace`: slot wrappers, MRO,
 * descriptors). Zero-argument `super()` finds the class being defined
 * (`__class__`) through the frame a method was defined in.
 */
import {
  owned,
  Py_DECREF,
  Py_INCREF,
  PyDict_New,
  PyDict_SetItemString,
  PyExc_NotImplementedError,
  PyExc_RuntimeError,
  type PyObject,
  PySuper_New,
  PyType_FromNamespace,
  type PyTypeObject,
  PyUnicode_FromString,
  raise,
} from "@py/object";
import type { Stmt } from "./ast.js";
import { Frame, releaseFrame } from "./frame.js";
import { GeneratorExecutor } from "./generator.js";
import { addTraceback, toPyError } from "./tracebacks.js";

/** Classes, on the generator layer. */
export abstract class ClassBuilder extends GeneratorExecutor {
  protected makeClass(s: Extract<Stmt, { kind: "ClassDef" }>, f: Frame): PyObject {
    if (s.keywords.length > 0)
      raise(PyExc_NotImplementedError, "minipy does not support class keywords (metaclass=...)");
    const qualname = f.qualPrefix + s.name;
    const bases = this.evalList(s.bases, f);
    const frame = new Frame(
      this,
      f.globals,
      s.name,
      new Set(),
      new Set(),
      f,
      false,
      undefined,
      true,
      `${qualname}.`,
    );
    try {
      const module = f.globals.get("__name__");
      if (module !== undefined) {
        Py_INCREF(module);
        frame.locals.set("__module__", module);
      }
      frame.locals.set("__qualname__", PyUnicode_FromString(qualname));
      const first = s.body[0];
      if (first?.kind === "Expr" && first.value.kind === "Str")
        frame.locals.set("__doc__", PyUnicode_FromString(first.value.value));
      try {
        this.execBlock(s.body, frame);
      } catch (e) {
        const pe = toPyError(e);
        addTraceback(pe, frame);
        throw pe;
      }
      using ns = owned(PyDict_New());
      for (const [k, v] of frame.locals) PyDict_SetItemString(ns.obj, k, v);
      const cls = PyType_FromNamespace(s.name, bases, ns.obj);
      frame.classObject = cls;
      return cls;
    } finally {
      for (const b of bases) Py_DECREF(b);
      releaseFrame(frame);
    }
  }

  /**
   * Zero-argument `super()` in a method: `super(__class__, <first argument>)`,
   * the class being the one whose body defined the running function.
   */
  protected zeroArgSuper(f: Frame): PyObject {
    let fr: Frame | null = f;
    // comprehensions and generator expressions see their method's frame
    while (fr?.name.startsWith("<") && fr.name !== "<module>" && fr.name !== "<lambda>") fr = fr.enclosing;
    if (fr === null || fr.localNames === null) raise(PyExc_RuntimeError, "super(): no arguments");
    const cls = fr.enclosing?.isClass ? fr.enclosing.classObject : null;
    if (cls === null || cls === undefined) raise(PyExc_RuntimeError, "super(): __class__ cell not found");
    const self = fr.firstArg === null ? undefined : fr.locals.get(fr.firstArg);
    if (self === undefined) raise(PyExc_RuntimeError, "super(): no arguments");
    return PySuper_New(cls as PyTypeObject, self);
  }
}
