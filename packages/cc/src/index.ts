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
 * disk: the CLI (`bin/pyobj-cc.js`) reads files and passes them in.
 */
import { commands } from "@yowasp/clang";

/** A file tree: names to contents (nested objects are directories). */
export interface Tree {
  [name: string]: Tree | string | Uint8Array;
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

function decode(b: Uint8Array | string): string {
  return typeof b === "string" ? b : new TextDecoder().decode(b);
}

let warm: Promise<unknown> | null = null;

/**
 * Loads the compiler (about 100 MB of WebAssembly, fetched once per process)
 * without printing progress: clang's own first step does not pass the progress
 * option on, so it is fetched here first.
 */
export function prepareCompiler(): Promise<void> {
  warm ??= Promise.resolve(
    commands.clang(["--version"], {}, { stdout: () => {}, stderr: () => {}, fetchProgress: () => {} }),
  );
  return warm.then(() => {});
}

async function run(
  files: Record<string, string | Uint8Array>,
  flags: readonly string[],
  options: CompileOptions,
): Promise<CompileResult> {
  const tree: Tree = { [SRC]: {} };
  const srcDir = tree[SRC] as Tree;
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
  const defines = (options.defines ?? []).map((d) => `-D${d}`);
  const args = [
    ...flags,
    `-O${options.opt ?? "2"}`,
    "-I",
    SRC,
    ...incArgs,
    ...defines,
    ...(options.extraArgs ?? []),
    ...sources,
    "-o",
    out,
  ];
  await prepareCompiler();
  let diagnostics = "";
  const sink = (bytes: Uint8Array | null): void => {
    if (bytes === null) return;
    const text = decode(bytes);
    diagnostics += text;
    options.onDiagnostic?.(text);
  };
  let result: Tree | undefined;
  try {
    result = (await commands.clang(args, tree, {
      stdout: sink,
      stderr: sink,
      decodeASCII: false,
      fetchProgress: () => {},
    })) as Tree | undefined;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CompileError(diagnostics.trim() || msg, diagnostics);
  }
  const wasm = result?.[out];
  if (!(wasm instanceof Uint8Array)) throw new CompileError(diagnostics.trim() || "no output", diagnostics);
  return { wasm: new Uint8Array(wasm), diagnostics };
}

/**
 * Compiles C sources into an extension (a side module). `files` maps file
 * names to contents; `.c` files are compiled, the others (headers) are only
 * made available beside them.
 */
export function compile(
  files: Record<string, string | Uint8Array>,
  options: CompileOptions = {},
): Promise<CompileResult> {
  return run(files, SIDE_MODULE_FLAGS, options);
}

/**
 * Compiles the main module (`libpyobj.wasm`): C sources linked with
 * wasi-libc; `exports` names the libc functions and data to export.
 */
export function compileMain(
  files: Record<string, string | Uint8Array>,
  exports: readonly string[],
  options: CompileOptions = {},
): Promise<CompileResult> {
  return run(files, mainModuleFlags(exports), options);
}
