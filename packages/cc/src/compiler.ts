/**
 * The compile steps of `@py/cc`, independent of where clang runs: the flags of
 * side and main modules, the virtual file tree handed to clang, and turning
 * clang's result or failure into a `CompileResult` or a `CompileError`.
 * A `ClangRunner` runs clang: in this thread (`localClang`, clang-local.ts)
 * or in a Web Worker (`workerClang`, worker-client.ts).
 */

/** A file tree: names to contents (nested objects are directories). */
export interface Tree {
  [name: string]: Tree | string | Uint8Array;
}

/** Progress of loading the compiler (about 100 MB of WebAssembly, fetched once). */
export interface LoadProgress {
  /** Bytes fetched so far. */
  loaded: number;
  /** Bytes to fetch in all. */
  total: number;
}

/**
 * Runs clang (`@yowasp/clang`'s `commands.clang`) on a virtual file tree;
 * `onText` receives its stdout and stderr as text. Resolves to the tree of
 * files written; rejects when clang fails (its diagnostics went to `onText`).
 */
export interface ClangRunner {
  run(args: readonly string[], tree: Tree, onText: (text: string) => void): Promise<Tree | undefined>;
  /** Loads the compiler ahead of the first compile (progress goes to the runner's callback). */
  prepare(): Promise<void>;
}

/** Options of `compile` / `compileMain`. */
export interface CompileOptions {
  /** Output file name (default `out.wasm`); only its base name matters. */
  output?: string;
  /** Header trees, each mounted as an include directory (`-I`), in order. */
  include?: Tree[];
  /** Optimisation level (default "2"). */
  opt?: "0" | "1" | "2" | "3" | "s" | "z";
  /** Preprocessor definitions: `NAME` or `NAME=value`. */
  defines?: string[];
  /** Extra clang arguments (after ours). */
  extraArgs?: string[];
  /** Receives clang's diagnostics as they come (default: collected into the result). */
  onDiagnostic?: (text: string) => void;
}

/** Result of a compile. */
export interface CompileResult {
  wasm: Uint8Array<ArrayBuffer>;
  /** clang's and wasm-ld's diagnostics (warnings). */
  diagnostics: string;
}

/** A failed compile: `message` holds clang's diagnostics. */
export class CompileError extends Error {
  constructor(
    message: string,
    readonly diagnostics: string,
  ) {
    super(message);
    this.name = "CompileError";
  }
}

/** Flags of a side module (an extension). */
export const SIDE_MODULE_FLAGS: readonly string[] = [
  "--target=wasm32-wasip1",
  "-fPIC",
  // wasm32 hides symbols by default; PyInit_* and anything other modules use must be exported.
  "-fvisibility=default",
  "-nostdlib",
  "-Wl,--experimental-pic",
  "-Wl,-shared",
  "-Wl,--allow-undefined",
];

/**
 * The main module's link flags: a wasi-libc reactor on an imported memory,
 * with an exported growable table; `exports` lists the symbols to export
 * (libc functions and data).
 */
export function mainModuleFlags(exports: readonly string[]): string[] {
  return [
    "--target=wasm32-wasip1",
    "-mexec-model=reactor",
    "-Wl,--import-memory",
    "-Wl,--export-table",
    "-Wl,--growable-table",
    "-Wl,--export=__stack_pointer",
    "-Wl,--export=__heap_base",
    "-Wl,--export=__data_end",
    "-Wl,--export-dynamic",
    ...exports.map((e) => `-Wl,--export=${e}`),
  ];
}

const SRC = "src";
const INC = "inc";

/** A compiler: `compile` (side modules) and `compileMain` (the main module) over one clang. */
export interface Compiler {
  /**
   * Compiles C sources into an extension (a side module). `files` maps file
   * names to contents; `.c` files are compiled, the others (headers) are only
   * made available beside them.
   */
  compile(files: Record<string, string | Uint8Array>, options?: CompileOptions): Promise<CompileResult>;
  /**
   * Compiles the main module (`libpyobj.wasm`): C sources linked with
   * wasi-libc; `exports` names the libc functions and data to export.
   */
  compileMain(
    files: Record<string, string | Uint8Array>,
    exports: readonly string[],
    options?: CompileOptions,
  ): Promise<CompileResult>;
  /** Loads the compiler now (the first compile otherwise does). */
  prepare(): Promise<void>;
}

/** A `Compiler` running clang through `runner`. */
export function createCompiler(runner: ClangRunner): Compiler {
  const run = (
    files: Record<string, string | Uint8Array>,
    flags: readonly string[],
    options: CompileOptions,
  ) => runClang(runner, files, flags, options);
  return {
    compile: (files, options = {}) => run(files, SIDE_MODULE_FLAGS, options),
    compileMain: (files, exports, options = {}) => run(files, mainModuleFlags(exports), options),
    prepare: () => runner.prepare(),
  };
}

async function runClang(
  runner: ClangRunner,
  files: Record<string, string | Uint8Array>,
  flags: readonly string[],
  options: CompileOptions,
): Promise<CompileResult> {
  const srcDir: Tree = {};
  const tree: Tree = { [SRC]: srcDir };
  const sources: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    const base = name.slice(name.lastIndexOf("/") + 1);
    if (base in srcDir) throw new CompileError(`two source files named ${base}`, "");
    srcDir[base] = text;
    if (/\.(c|cc|cpp)$/.test(base)) sources.push(`${SRC}/${base}`);
  }
  const incArgs: string[] = [];
  (options.include ?? []).forEach((t, i) => {
    tree[`${INC}${i}`] = t;
    incArgs.push(`-I${INC}${i}`);
  });
  const out = (options.output ?? "out.wasm").replace(/^.*\//, "");
  const args = [
    ...flags,
    `-O${options.opt ?? "2"}`,
    "-I",
    SRC,
    ...incArgs,
    ...(options.defines ?? []).map((d) => `-D${d}`),
    ...(options.extraArgs ?? []),
    ...sources,
    "-o",
    out,
  ];
  await runner.prepare();
  let diagnostics = "";
  const onText = (text: string): void => {
    diagnostics += text;
    options.onDiagnostic?.(text);
  };
  let result: Tree | undefined;
  try {
    result = await runner.run(args, tree, onText);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CompileError(diagnostics.trim() || msg, diagnostics);
  }
  const wasm = result?.[out];
  if (!(wasm instanceof Uint8Array)) throw new CompileError(diagnostics.trim() || "no output", diagnostics);
  return { wasm: new Uint8Array(wasm), diagnostics };
}
