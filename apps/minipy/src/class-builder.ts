/**
 * `class` statements (`LOAD_BUILD_CLASS`, `builtins.__build_class__`): the
 * body runs in its own namespace, then the metaclass makes the class.
 */
import { PyExc_NotImplementedError, type PyObject, raise } from "@py/object";
import type { Stmt } from "./ast.js";
import type { Frame } from "./frame.js";
import { GeneratorExecutor } from "./generator.js";

/** Classes, on the generator layer. */
export abstract class ClassBuilder extends GeneratorExecutor {
  protected makeClass(s: Extract<Stmt, { kind: "ClassDef" }>, f: Frame): PyObject {
    void s;
    void f;
    raise(PyExc_NotImplementedError, "minipy does not support class definitions yet");
  }
}
