/**
 * The module registry: what `import name` can load (`PyImport_Inittab`).
 *
 * - `array` and `struct` come from `@py/buffer` (`PyInit_array`, `PyInit_struct`);
 * - `_testbuffer` from `./_testbuffer/index.js` (`PyInit__testbuffer`).
 *
 * A module whose init function is not available (not written yet, or its
 * code failed to load) raises `ModuleNotFoundError: No module named 'x'`.
 * `_testbuffer` is loaded with a dynamic import by `loadModules()`, so a
 * broken module cannot stop the interpreter from starting.
 */
import * as buffer from "@py/buffer";
import { type PyObject, PyModule_GetDict } from "@py/object";
import { _setInterpreterHooks } from "../interpreter.js";

type InitFunc = () => PyObject;

const dynamicInits = new Map<string, InitFunc>();
/** Why a dynamically loaded module is missing (for diagnostics). */
export const moduleLoadErrors = new Map<string, unknown>();

function fromNamespace(ns: object, name: string): InitFunc | null {
  const f = (ns as Record<string, unknown>)[name];
  return typeof f === "function" ? (f as InitFunc) : null;
}

/** The init function of each importable module, or null when unavailable. */
const registry: Record<string, () => InitFunc | null> = {
  array: () => fromNamespace(buffer, "PyInit_array"),
  struct: () => fromNamespace(buffer, "PyInit_struct"),
  _testbuffer: () => dynamicInits.get("_testbuffer") ?? null,
};

/** Names `import` knows about (whether or not they load). */
export const moduleNames: readonly string[] = Object.keys(registry);

let loaded: Promise<void> | null = null;

/** Loads the modules that come through dynamic imports. Call (and await) once before running code. */
export function loadModules(): Promise<void> {
  loaded ??= (async () => {
    try {
      const m = (await import("./_testbuffer/index.js")) as Record<string, unknown>;
      const init = m.PyInit__testbuffer;
      if (typeof init === "function") dynamicInits.set("_testbuffer", init as InitFunc);
    } catch (e) {
      moduleLoadErrors.set("_testbuffer", e);
    }
  })();
  return loaded;
}

/** Extension modules found beside the script or on MINIPYPATH (C compiled to WebAssembly, see cext.ts). */
const extensionInits = new Map<string, InitFunc>();

/** Makes `import name` run `init` (a C extension prepared before the program runs). */
export function registerExtension(name: string, init: InitFunc): void {
  extensionInits.set(name, init);
}

/** Whether `name` is a module of the registry (those shadow extensions, as built-ins do in CPython). */
export function isBuiltinModule(name: string): boolean {
  return Object.hasOwn(registry, name);
}

/** Creates module `name` (a new reference), or null if there is no such module. */
export function initModule(name: string): PyObject | null {
  const get = Object.hasOwn(registry, name) ? registry[name] : undefined;
  const init = get?.() ?? extensionInits.get(name) ?? null;
  return init === null ? null : init();
}

_setInterpreterHooks({
  loadModule: initModule,
  moduleDict: (m) => PyModule_GetDict(m),
});
