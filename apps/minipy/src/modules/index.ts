/**
 * The standard module table: what `import name` can load (`PyImport_Inittab`),
 * handed to each interpreter at construction.
 *
 * - `array` and `struct` come from `@py/buffer` (`PyInit_array`, `PyInit_struct`);
 * - `_testbuffer` from `./_testbuffer/index.js` (`PyInit__testbuffer`);
 * - `math` (`./math/`);
 * - `builtins` (`./builtins/`): the importing interpreter's built-in names;
 * - `sys` (`./sys/`) and `pyobj` (`./pyobj/`, introspection), which get the
 *   importing interpreter (`ModuleHost`).
 *
 * A module whose init function is not available (its code failed to load, or
 * was not loaded yet) raises `ModuleNotFoundError: No module named 'x'`.
 * `_testbuffer` is loaded with a dynamic import by `loadModules()`, so a
 * broken module cannot stop the interpreter from starting.
 */
import { PyInit_array, PyInit_struct } from "@py/buffer";
import type { PyObject } from "@py/object";
import { type ModuleHost, NO_HOST } from "./module-host.js";
import { PyInit_builtins } from "./builtins/index.js";
import { PyInit_math } from "./math/index.js";
import { PyInit_pyobj } from "./pyobj/index.js";
import { PyInit_sys } from "./sys/index.js";

export type { ModuleHost } from "./module-host.js";

/**
 * Creates a module for the interpreter importing it (a new reference), or null
 * when it is not available. A host that has no interpreter passes nothing.
 */
export type ModuleInit = (host?: ModuleHost) => PyObject | null;

/** Module name → creates the module (a new reference), or null when it is not available. */
export type ModuleTable = ReadonlyMap<string, ModuleInit>;

/** `PyInit__testbuffer`, once `loadModules()` has loaded it. */
let testbufferInit: (() => PyObject) | null = null;
/** Why a dynamically loaded module is missing (for diagnostics). */
export const moduleLoadErrors = new Map<string, unknown>();

/** The modules of every interpreter unless it is given others: `array`, `struct`, `_testbuffer`. */
export const standardModules: ModuleTable = new Map<string, ModuleInit>([
  ["array", () => PyInit_array()],
  ["struct", () => PyInit_struct()],
  ["_testbuffer", () => (testbufferInit === null ? null : testbufferInit())],
  ["math", () => PyInit_math()],
  ["builtins", (host) => PyInit_builtins(host ?? NO_HOST)],
  ["sys", (host) => PyInit_sys(host)],
  ["pyobj", (host) => PyInit_pyobj(host)],
]);

/** Names `import` knows about (whether or not they load). */
export const moduleNames: readonly string[] = [...standardModules.keys()];

let loaded: Promise<void> | null = null;

/** Loads the modules that come through dynamic imports. Call (and await) once before running code. */
export function loadModules(): Promise<void> {
  loaded ??= (async () => {
    try {
      const m = (await import("./_testbuffer/index.js")) as Record<string, unknown>;
      const init = m.PyInit__testbuffer;
      if (typeof init === "function") testbufferInit = init as () => PyObject;
    } catch (e) {
      moduleLoadErrors.set("_testbuffer", e);
    }
  })();
  return loaded;
}

/** Creates standard module `name` (a new reference) for `host`, or null if there is no such module. */
export function initModule(name: string, host: ModuleHost = NO_HOST): PyObject | null {
  return standardModules.get(name)?.(host) ?? null;
}
