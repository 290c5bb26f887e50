/**
 * What a module's init function may use of the interpreter importing it
 * (CPython's modules reach the same through `PyThreadState_Get()`): its
 * output streams, its namespaces and loaded modules. An interpreter passes
 * itself; a host without one (a test, the playground's C runtime importing
 * a module) passes nothing and gets defaults.
 */
import type { PyObject } from "@py/object";

export interface ModuleHost {
  /** Where `sys.stdout.write` and `pyobj.show` write. */
  readonly stdout: (s: string) => void;
  /** Where `sys.stderr.write` writes. */
  readonly stderr: (s: string) => void;
  /** `__main__`'s namespace (owned references): a root for `pyobj.exports`. */
  readonly globals?: Map<string, PyObject>;
  /** The built-in names (owned references): what the `builtins` module shows. */
  readonly builtins?: Map<string, PyObject>;
  /** `sys.modules` (owned references): roots too. */
  readonly modules?: Map<string, PyObject>;
  /** `import name` in this interpreter (its `sys.modules`): a new reference. */
  importModule?(name: string): PyObject;
  /** The frame whose code is calling a builtin now (`dir()`, `pyobj.exports` roots). */
  readonly callerFrame?: { readonly locals: Map<string, PyObject> } | null;
}

/** A host that writes nowhere and has no namespaces. */
export const NO_HOST: ModuleHost = { stdout: () => {}, stderr: () => {} };

/** The objects a host's program can reach directly: `__main__`, the caller's locals, the loaded modules. */
export function hostRoots(host: ModuleHost): PyObject[] {
  const roots: PyObject[] = [];
  if (host.globals !== undefined) roots.push(...host.globals.values());
  if (host.callerFrame != null) roots.push(...host.callerFrame.locals.values());
  if (host.modules !== undefined) roots.push(...host.modules.values());
  return roots;
}
