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
