/**
 * The interpreter: runs `ast.ts` trees over the abstract API of `@py/object`,
 * as CPython's `Python/ceval.c` runs bytecode. It is built in layers, one
 * concept per file: expressions (`expressions.ts`), assignment targets
 * (`targets.ts`), calls (`calls.ts`), statements (`statements.ts`); this file
 * adds what an interpreter has — its `__main__` namespace, builtins and
 * modules, given at construction — and runs module bodies.
 *
 * Reference invariants (as in ceval):
 * - `evalExpr` returns a NEW reference; every temporary is released with
 *   `Py_DECREF` as soon as it is dropped, also when an exception unwinds.
 * - A namespace (`Map<string, PyObject>`) owns one reference per binding:
 *   binding increfs the new value, rebinding and `del` decref the old one —
 *   so `del m` of a memoryview's last reference releases its buffer at once.
 * - Exceptions travel as thrown `PyError`s; JS errors that escape the object
 *   layer are turned into `SystemError`/`RecursionError` at the boundary.
 */
import {
  Py_DECREF,
  Py_EnterRecursiveCall,
  Py_LeaveRecursiveCall,
  Py_NewRef,
  Py_None,
  type PyObject,
  PyExc_ImportError,
  PyExc_ModuleNotFoundError,
  PyExc_SyntaxError,
  PyType_SetDefaultModule,
  PyUnicode_FromString,
  raise,
  repr,
  str,
} from "@py/object";
import type { Stmt } from "./ast.js";
import { makeBuiltins } from "./builtins.js";
import { Frame, Signal } from "./frame.js";
import { type ModuleTable, standardModules } from "./modules/index.js";
import { parseModule } from "./parse.js";
import { ClassBuilder } from "./class-builder.js";
import { addTraceback, toPyError } from "./tracebacks.js";

export interface InterpreterOptions {
  /** Receives everything `print()` and the transcript echo write. */
  stdout?: (s: string) => void;
  /** Receives tracebacks in script mode. */
  stderr?: (s: string) => void;
  /**
   * The builtins namespace (the interpreter's own: the REPL binds `_` in it).
   * Default: `makeBuiltins`, whose `print` writes to `stdout`.
   */
  builtins?: Map<string, PyObject>;
  /** The modules `import` can load. Default: `standardModules` (`array`, `struct`, `_testbuffer`). */
  modules?: ModuleTable;
}

/** A minipy interpreter: a `__main__` namespace, builtins, loaded modules. */
export class Interpreter extends ClassBuilder {
  readonly globals = new Map<string, PyObject>();
  readonly builtins: Map<string, PyObject>;
  /** `sys.modules`: owned references. */
  readonly modules = new Map<string, PyObject>();
  /** What `import` can load that is not in `modules` yet. */
  readonly moduleTable: ModuleTable;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  /** Echo hook for interactive statements (`sys.displayhook`). */
  displayhook: (v: PyObject) => void;

  constructor(opts: InterpreterOptions = {}) {
    super();
    this.stdout = opts.stdout ?? ((s) => void s);
    this.stderr = opts.stderr ?? ((s) => void s);
    this.builtins = opts.builtins ?? makeBuiltins(this);
    this.moduleTable = opts.modules ?? standardModules;
    this.globals.set("__name__", PyUnicode_FromString("__main__"));
    // `type(name, bases, ns)` called from Python names the running module
    PyType_SetDefaultModule(() => {
      const n = this.globals.get("__name__");
      return n === undefined ? "__main__" : str(n);
    });
    this.displayhook = (v) => {
      if (v !== Py_None) this.stdout(`${repr(v)}\n`);
    };
  }

  /** Parses and runs source as a module body; `interactive` echoes expression values. */
  exec(src: string, interactive = false): void {
    const body = parseModule(src);
    this.execModuleBody(body, interactive);
  }

  /** Runs parsed statements in `__main__`. */
  execModuleBody(body: Stmt[], interactive: boolean): void {
    const frame = new Frame(this, this.globals, "<module>", null, new Set(), null, interactive);
    // the module's frame takes a level of the recursion limit
    Py_EnterRecursiveCall("");
    try {
      const sig = this.execBlock(body, frame);
      if (sig === Signal.Break) raise(PyExc_SyntaxError, "'break' outside loop");
      if (sig === Signal.Continue) raise(PyExc_SyntaxError, "'continue' not properly in loop");
      if (sig === Signal.Return) {
        Py_DECREF(frame.retval!);
        raise(PyExc_SyntaxError, "'return' outside function");
      }
    } catch (e) {
      const pe = toPyError(e);
      addTraceback(pe, frame);
      throw pe;
    } finally {
      Py_LeaveRecursiveCall();
    }
  }

  /** Releases every binding of `__main__` (the end of a run). */
  clearGlobals(): void {
    const vals = [...this.globals.values()];
    this.globals.clear();
    for (const v of vals) Py_DECREF(v);
  }

  /** `import name`: from `sys.modules` or the module table. New reference. */
  importModule(name: string): PyObject {
    const cached = this.modules.get(name);
    if (cached !== undefined) return Py_NewRef(cached);
    if (name.startsWith("."))
      raise(PyExc_ImportError, "attempted relative import with no known parent package");
    const dot = name.lastIndexOf(".");
    // A dotted name the module table has as such (a host's stand-in for a package's
    // submodule) is that module; otherwise no module here is a package.
    if (dot > 0 && !this.moduleTable.has(name)) {
      // the parent is imported first; no module here is a package
      const parent = name.slice(0, dot);
      Py_DECREF(this.importModule(parent));
      raise(PyExc_ModuleNotFoundError, `No module named '${name}'; '${parent}' is not a package`);
    }
    const m = this.moduleTable.get(name)?.(this) ?? null;
    if (m === null) raise(PyExc_ModuleNotFoundError, `No module named '${name}'`);
    this.modules.set(name, m);
    return Py_NewRef(m);
  }
}
