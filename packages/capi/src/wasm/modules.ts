/**
 * Modules defined in C (`Objects/moduleobject.c`, `Python/importdl.c`):
 * `PyModule_Create2` (single-phase) and `PyModuleDef_Init` + slots
 * (multi-phase), module state (`m_size`), module-level `PyMethodDef`s.
 */
import {
  PyCFunction_New,
  PyExc_SystemError,
  PyModule_New,
  type PyModuleObject,
  PyModule_Type,
  type PyObject,
  PyUnicode_FromString,
  Py_DECREF,
  raise,
  PyUnicode_Check,
} from "@py/object";
import { ptrOf, resultInt, resultObject } from "./calls.js";
import { cRuntime } from "./c-runtime.js";
import { MODULE_DEF, MODULE_SLOT } from "./layout.js";
import { callMethodDef, checkCallFlags, readMethodDefs } from "./methods.js";

export const Py_mod_create = 1;
export const Py_mod_exec = 2;

/** What a module created from a `PyModuleDef` keeps: its def and state block. */
interface ModuleInfo {
  def: number;
  state: number;
}

const infos = new WeakMap<PyObject, ModuleInfo>();
/** `PyModuleDef`s returned by `PyModuleDef_Init` (multi-phase initialisation). */
const initDefs = new Set<number>();

/** Module info of `m`, or undefined if it was not created from a def. */
export function moduleInfo(m: PyObject): ModuleInfo | undefined {
  return infos.get(m);
}

/** Whether `addr` is a `PyModuleDef` returned by `PyModuleDef_Init`. */
export function isInitDef(addr: number): boolean {
  return initDefs.has(addr);
}

interface ModuleDef {
  name: string;
  doc: string | null;
  size: number;
  methods: number;
  slots: number;
  free: number;
}

function readDef(addr: number): ModuleDef {
  const m = cRuntime().mem;
  const name = m.readU32(addr + MODULE_DEF.m_name);
  if (name === 0) raise(PyExc_SystemError, "PyModuleDef has no name (m_name is NULL)");
  const doc = m.readU32(addr + MODULE_DEF.m_doc);
  return {
    name: m.readCString(name),
    doc: doc === 0 ? null : m.readCString(doc),
    size: m.readI32(addr + MODULE_DEF.m_size),
    methods: m.readU32(addr + MODULE_DEF.m_methods),
    slots: m.readU32(addr + MODULE_DEF.m_slots),
    free: m.readU32(addr + MODULE_DEF.m_free),
  };
}

/** `PyModule_AddFunctions(module, methods)` with `self` = the module. */
export function addFunctions(mod: PyModuleObject, methods: number): void {
  const modname = mod.name;
  for (const def of readMethodDefs(methods)) {
    checkCallFlags(def, `${modname}.`);
    const funcstr = `${modname}.${def.name}()`;
    const bare = `${def.name}()`;
    const describe = () => `<built-in function ${def.name}>`;
    const f = PyCFunction_New(
      def.name,
      (args, kwargs) => callMethodDef(def, mod, args, kwargs, funcstr, bare, describe),
      mod,
      def.doc === null ? { module: modname } : { module: modname, doc: def.doc },
    );
    // (PyCFunction_New took the reference to its module, `m_self`.)
    const old = mod.dict.get(def.name);
    mod.dict.set(def.name, f);
    if (old !== undefined) Py_DECREF(old);
  }
}

function setDoc(mod: PyModuleObject, doc: string | null): void {
  if (doc === null) return;
  const old = mod.dict.get("__doc__");
  mod.dict.set("__doc__", PyUnicode_FromString(doc));
  if (old !== undefined) Py_DECREF(old);
}

function allocState(mod: PyObject, def: number, size: number): void {
  let state = 0;
  if (size > 0) {
    const c = cRuntime();
    state = c.mem.allocator.malloc(size);
    if (state === 0) raise(PyExc_SystemError, "out of memory for module state");
    c.mem.zero(state, size);
  }
  infos.set(mod, { def, state });
}

/** `PyModule_Create2(def, apiver)`: single-phase initialisation. New reference. */
export function moduleCreate(defAddr: number): PyModuleObject {
  const def = readDef(defAddr);
  const mod = PyModule_New(def.name);
  try {
    allocState(mod, defAddr, def.size);
    addFunctions(mod, def.methods);
    setDoc(mod, def.doc);
  } catch (e) {
    Py_DECREF(mod);
    throw e;
  }
  return mod;
}

/** `PyModuleDef_Init(def)`: marks `def` for multi-phase initialisation and returns it. */
export function moduleDefInit(defAddr: number): number {
  initDefs.add(defAddr);
  const c = cRuntime();
  // CPython makes the def an object of type PyModuleDef_Type; only its type pointer matters here.
  if (c.mem.readU32(defAddr + MODULE_DEF.ob_type) === 0)
    c.mem.writeU32(defAddr + MODULE_DEF.ob_type, ptrOf(PyModule_Type));
  return defAddr;
}

/**
 * Multi-phase initialisation (`PyModule_FromDefAndSpec` + `PyModule_ExecDef`):
 * `Py_mod_create(spec, def)` or a plain module, state, functions, then each
 * `Py_mod_exec(module)`. New reference.
 */
export function moduleFromDef(defAddr: number, spec: PyObject): PyObject {
  const c = cRuntime();
  const def = readDef(defAddr);
  const slots: [number, number][] = [];
  if (def.slots !== 0) {
    for (let p = def.slots; ; p += MODULE_SLOT.size) {
      const id = c.mem.readI32(p + MODULE_SLOT.slot);
      if (id === 0) break;
      const value = c.mem.readU32(p + MODULE_SLOT.value);
      if (id !== Py_mod_create && id !== Py_mod_exec) {
        raise(PyExc_SystemError, `module ${def.name} uses unknown slot ID ${id}`);
      }
      slots.push([id, value]);
    }
  }
  const creates = slots.filter(([id]) => id === Py_mod_create);
  if (creates.length > 1) raise(PyExc_SystemError, `module ${def.name} has multiple create slots`);
  let mod: PyObject;
  if (creates.length === 1) {
    const fn = creates[0]![1];
    mod = resultObject(
      c.callC(fn, `${def.name} Py_mod_create`, ptrOf(spec), defAddr),
      () => `create of ${def.name}`,
    );
  } else {
    // PyModule_FromDefAndSpec2: the module is named by the spec (the name it is imported as),
    // not by m_name; its functions' __module__ and messages follow.
    mod = PyModule_New(PyUnicode_Check(spec) ? spec.value : def.name);
  }
  try {
    if (mod.ob_type === PyModule_Type) {
      allocState(mod, defAddr, def.size);
      addFunctions(mod as PyModuleObject, def.methods);
      setDoc(mod as PyModuleObject, def.doc);
    } else if (def.size > 0) {
      raise(PyExc_SystemError, `module ${def.name} is not a module object, but requests module state`);
    }
    for (const [id, fn] of slots) {
      if (id !== Py_mod_exec) continue;
      const r = c.callC(fn, `${def.name} Py_mod_exec`, ptrOf(mod));
      if (r !== 0) {
        resultInt(-1);
        raise(PyExc_SystemError, `execution of module ${def.name} failed without setting an exception`);
      }
    }
  } catch (e) {
    Py_DECREF(mod);
    throw e;
  }
  return mod;
}
