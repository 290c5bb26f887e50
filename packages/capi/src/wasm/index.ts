/**
 * The WebAssembly runtime of `@py/capi`: real C extensions (compiled with
 * `@py/cc`) running on the façade. `CRuntime.start()` then `loadExtension()`.
 */
import "./capi-imports.js";
import "./args-imports.js";
import "./capi-imports-more.js";
import "./capi-imports-host.js";
import "./capi-imports-number.js";
import "./capi-imports-object.js";
import "./capi-imports-unicode.js";

export {
  activeCRuntime,
  type CApiHost,
  CRuntime,
  type CRuntimeOptions,
  cRuntime,
  exceptionClass,
  libpyobjUrl,
  capiIncludeUrl,
  functionNames,
} from "./c-runtime.js";
export { compileExtension, type LoadedExtension, loadedExtensions, loadExtension } from "./loader.js";
export { defineImports, type ImportDef, importDef, wrapImport } from "./registry.js";
export { readDylink, type DylinkInfo } from "./dylink.js";
export { HeaderTable } from "./header-table.js";
export { capiHeadersUrl, fetchCapiHeaders, type HeaderTree } from "./headers.js";
export { isCType } from "./types.js";
export { moduleDict } from "./capi-imports-host.js";
