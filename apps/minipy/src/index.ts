export * from "./ast.js";
export { parseModule } from "./parse.js";
export { Interpreter, type InterpreterOptions } from "./interpreter.js";
export { toPyError, tracebackOf, type TracebackEntry } from "./tracebacks.js";
export { PyFunction_Type, PyFunctionObject, PyFunction_Check } from "./function.js";
export {
  makeBuiltins,
  PyEnum_Type,
  PyZip_Type,
  PyMap_Type,
  PyFilter_Type,
  PyReversed_Type,
} from "./builtins.js";
export { initModule, loadModules, moduleNames } from "./modules/index.js";
export { exceptionLastLine, formatTraceback, runScript, runTranscript } from "./run.js";
export { needsMoreInput } from "./input-complete.js";
export type { ModuleHost, ModuleInit, ModuleTable } from "./modules/index.js";
export { PyInit_sys, type SysConfig } from "./modules/sys/index.js";
export { PyInit_pyobj } from "./modules/pyobj/index.js";
// pyobj's data, plain and browser-safe (docs: /work/helpers/pyobj-api.md, the playground draws it).
export {
  type BufferInfo,
  type BufMemory,
  type ObjectRef,
  bufferFields,
  bufferInfo,
  objectRef,
  withBuffer,
} from "./modules/pyobj/buffer-info.js";
export {
  type BufferLayout,
  type ByteRange,
  type LayoutItem,
  type LayoutOptions,
  type LayoutStep,
  type PointerHop,
  bufferLayout,
  layoutOfView,
} from "./modules/pyobj/buffer-layout.js";
export {
  type CBufferHolder,
  type ExportHolder,
  type ExportsInfo,
  type ObjectHolder,
  type ViewHolder,
  exportsOf,
} from "./modules/pyobj/exports.js";
export { type HandleRow, handleRows, refcountOf } from "./modules/pyobj/handles.js";
export { renderLayout } from "./modules/pyobj/show.js";
// The learn track's plain words for checked-mode reports (docs/learn; `pnpm learn check`).
export { type CheckResult, explainCheck, explainReport } from "./learn-explain.js";
