/**
 * `@py/cc`: C to WebAssembly for `@py/capi`, with clang and wasm-ld from npm
 * (`@yowasp/clang`, LLVM built as WebAssembly: runs in Node and in browsers).
 *
 * Two kinds of output, Emscripten's MAIN_MODULE/SIDE_MODULE arrangement:
 * - `compile()`: an extension module, a position-independent *side module*
 *   (`dylink.0` section) that imports the shared memory and table, libc and
 *   the C-API from `env`; `@py/capi`'s loader places and links it.
 * - `compileMain()`: the *main module* `libpyobj.wasm` of `@py/capi`, linked
 *   with wasi-libc, exporting libc and the data symbols C refers to.
 *
 * Headers are given as a file tree (`include`), so nothing here reads a
 * disk: the CLI (`bin/pyobj-cc.js`) reads files and passes them in. In a
 * browser, `createCompiler(workerClang(...))` runs clang in a Web Worker
 * (`serveClangWorker`) or `createCompiler(localClang({ clang: url }))` in the
 * page.
 */
import { createCompiler } from "./compiler.js";
import { localClang } from "./clang-local.js";

export {
  type ClangRunner,
  type CompileOptions,
  type CompileResult,
  type Compiler,
  type LoadProgress,
  type Tree,
  CompileError,
  SIDE_MODULE_FLAGS,
  createCompiler,
  mainModuleFlags,
} from "./compiler.js";
export { type ClangModule, type LocalClangOptions, importClang, localClang } from "./clang-local.js";
export {
  type WorkerClangOptions,
  type WorkerLike,
  type WorkerScope,
  serveClangWorker,
  workerClang,
} from "./clang-worker.js";

/** The default compiler: `@yowasp/clang` in this thread, imported by its package name (Node). */
const defaultCompiler = createCompiler(localClang());

/** `compile` of the default compiler (clang in this thread): C sources to a side module. */
export const compile: typeof defaultCompiler.compile = (files, options) =>
  defaultCompiler.compile(files, options);

/** `compileMain` of the default compiler: the main module `libpyobj.wasm`. */
export const compileMain: typeof defaultCompiler.compileMain = (files, exports, options) =>
  defaultCompiler.compileMain(files, exports, options);

/**
 * Loads the default compiler (about 100 MB of WebAssembly, fetched once per
 * process) without printing progress.
 */
export function prepareCompiler(): Promise<void> {
  return defaultCompiler.prepare();
}
