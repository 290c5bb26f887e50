/**
 * `builtins`: the module of the importing interpreter's built-in names
 * (`len`, `round`, `print`, the exception types...), so `import builtins` and
 * C's `PyImport_ImportModule("builtins")` find them. The module holds its own
 * references to the objects the interpreter's builtins namespace held when it
 * was imported: reading `builtins.x` gives the interpreter's `x`; binding a
 * new `builtins.x` does not add a built-in name (CPython's module dict is the
 * namespace itself).
 */
import { PyModule_AddObjectRef, PyModule_New, type PyObject } from "@py/object";
import type { ModuleHost } from "../module-host.js";

/**
 * `PyInit_builtins` for `host`.
 * @returns New reference.
 */
export function PyInit_builtins(host: ModuleHost): PyObject {
  const mod = PyModule_New("builtins");
  for (const [name, obj] of host.builtins ?? []) PyModule_AddObjectRef(mod, name, obj);
  return mod;
}
