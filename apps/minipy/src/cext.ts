/**
 * C extensions for minipy (Node): `import NAME` finds `NAME.wasm` (a side
 * module built by `pyobj-cc`) or `NAME.c` (compiled with `@py/cc` on first
 * import, cached by content hash) beside the script, in the current
 * directory, or in a directory of `MINIPYPATH` (`:`-separated), in that
 * order, and loads it into the C runtime of `@py/capi`.
 *
 * Compiling and WebAssembly compilation are asynchronous while `import` is
 * not: `prepareExtensions` runs before the program, finds the modules its
 * import statements name and compiles them; the import itself links and
 * initialises (`PyInit_NAME`) at the moment the program imports.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { activeCRuntime, CRuntime, capiIncludeUrl, libpyobjUrl, loadExtension } from "@py/capi";
import { type Tree, compile, CompileError } from "@py/cc";
import { PyExc_ImportError, PyExc_ModuleNotFoundError, type PyObject, Py_NewRef, raise } from "@py/object";
import { makeDir } from "./builtin-dir.js";
import { type ModuleHost, type ModuleInit, type ModuleTable, standardModules } from "./modules/index.js";

/** A module table that `prepareExtensions` can add C extensions to. */
export type ExtensionModuleTable = Map<string, ModuleInit>;

/** A new table holding the modules of `base` (default: the standard ones), to which extensions are added. */
export function extensionModuleTable(base: ModuleTable = standardModules): ExtensionModuleTable {
  return new Map(base);
}

/** Options of `prepareExtensions`. */
export interface ExtensionOptions {
  /** Directories searched in order. */
  searchPath: readonly string[];
  /** C's stdout/stderr (text). */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  /** Where compiled `.c` modules are cached (default `$XDG_CACHE_HOME/pyobj-cc` or `~/.cache/pyobj-cc`). */
  cacheDir?: string;
}

/** The search path for a script at `scriptPath` (null: `-c`, stdin, the REPL). */
export function extensionSearchPath(
  scriptPath: string | null,
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const dirs: string[] = [];
  if (scriptPath !== null) dirs.push(dirname(resolve(scriptPath)));
  dirs.push(process.cwd());
  for (const d of (env.MINIPYPATH ?? "").split(":")) if (d !== "") dirs.push(resolve(d));
  return [...new Set(dirs)];
}

const IMPORT = /^[ \t]*(?:import[ \t]+([\w., \t]+)|from[ \t]+(\w+)[ \t.\w]*import)/gm;

/** Top-level module names the import statements of `source` name. */
export function importedNames(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(IMPORT)) {
    if (m[2] !== undefined) names.add(m[2]);
    else
      for (const part of m[1]!.split(",")) {
        const n = part
          .trim()
          .split(/[ \t]+/)[0]!
          .split(".")[0]!;
        if (n !== "") names.add(n);
      }
  }
  return [...names];
}

function readTree(dir: string): Tree {
  const t: Tree = {};
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) t[n] = readTree(p);
    else t[n] = readFileSync(p);
  }
  return t;
}

let headers: { tree: Tree; hash: string } | null = null;

function capiHeaders(): { tree: Tree; hash: string } {
  if (headers === null) {
    const tree = readTree(fileURLToPath(capiIncludeUrl));
    const h = createHash("sha256");
    const walk = (t: Tree, prefix: string): void => {
      for (const k of Object.keys(t).sort()) {
        const v = t[k]!;
        if (v instanceof Uint8Array || typeof v === "string") h.update(`${prefix}${k}\0`).update(v);
        else walk(v, `${prefix}${k}/`);
      }
    };
    walk(tree, "");
    headers = { tree, hash: h.digest("hex") };
  }
  return headers;
}

function defaultCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME ?? (homedir() !== "" ? join(homedir(), ".cache") : tmpdir());
  return join(base, "pyobj-cc");
}

/** The wasm of `NAME.c` at `path`: from the cache, else compiled (and cached). */
async function compiled(path: string, cacheDir: string): Promise<Uint8Array<ArrayBuffer>> {
  const src = readFileSync(path);
  const hdr = capiHeaders();
  const key = createHash("sha256").update("pyobj-cc 1\0").update(hdr.hash).update(src).digest("hex");
  const cached = join(cacheDir, `${key}.wasm`);
  if (existsSync(cached)) return new Uint8Array(readFileSync(cached));
  const name = path.slice(path.lastIndexOf("/") + 1);
  const r = await compile({ [name]: src }, { include: [hdr.tree] });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, r.wasm);
  return r.wasm;
}

/** The interpreter that last imported a C extension: C's imports go through it. */
let importHost: ModuleHost | null = null;

function startRuntime(modules: ModuleTable, opts: ExtensionOptions): void {
  if (activeCRuntime() !== null) return;
  const text = (sink: ((s: string) => void) | undefined, fallback: (s: string) => void) => {
    const dec = new TextDecoder();
    return (b: Uint8Array) => (sink ?? fallback)(dec.decode(b, { stream: true }));
  };
  // PyImport_ImportModule from C: through the interpreter importing the extension (its
  // sys.modules, so C and Python share each module); without one, the modules minipy
  // knows, one instance each.
  const imported = new Map<string, PyObject>();
  CRuntime.startSync(new WebAssembly.Module(readFileSync(fileURLToPath(libpyobjUrl))), {
    stdout: text(opts.stdout, (s) => process.stdout.write(s)),
    stderr: text(opts.stderr, (s) => process.stderr.write(s)),
    env: Object.entries(process.env).map(([k, v]) => `${k}=${v}`),
    host: {
      importModule(name) {
        if (importHost?.importModule !== undefined) return importHost.importModule(name);
        let m = imported.get(name);
        if (m === undefined) {
          const made = modules.get(name)?.() ?? null;
          if (made === null) raise(PyExc_ModuleNotFoundError, `No module named '${name}'`);
          m = made;
          imported.set(name, m);
        }
        return Py_NewRef(m);
      },
      stderr: opts.stderr ?? ((s) => process.stderr.write(s)),
      // PyObject_Dir from C: minipy's dir(o).
      dir: (o) => makeDir({})([o], null),
    },
  });
}

/**
 * Finds and compiles the C extensions `source` imports and adds them to
 * `modules` (the table the interpreter is given); a name already in the
 * table (a standard module, or an extension found before) is left as it is,
 * as built-in modules shadow extensions in CPython. A module that fails to
 * compile raises ImportError when imported (with clang's first error), as a
 * broken shared object would.
 */
export async function prepareExtensions(
  source: string,
  modules: ExtensionModuleTable,
  opts: ExtensionOptions,
): Promise<void> {
  for (const name of importedNames(source)) {
    if (modules.has(name)) continue;
    let found: string | null = null;
    for (const d of opts.searchPath) {
      for (const ext of [".wasm", ".c"]) {
        const p = join(d, name + ext);
        if (found === null && existsSync(p)) found = p;
      }
      if (found !== null) break;
    }
    if (found === null) continue;
    const path = found;
    let module: WebAssembly.Module | null = null;
    let failure: string | null = null;
    try {
      const bytes = path.endsWith(".c")
        ? await compiled(path, opts.cacheDir ?? defaultCacheDir())
        : new Uint8Array(readFileSync(path));
      module = await WebAssembly.compile(bytes);
    } catch (e) {
      if (e instanceof CompileError) {
        (opts.stderr ?? ((s: string) => process.stderr.write(s)))(e.diagnostics);
        failure = `${path}: compilation failed: ${e.message.split("\n")[0]}`;
      } else failure = `${path}: ${e instanceof Error ? e.message : String(e)}`;
    }
    modules.set(name, (host) => {
      if (module === null) raise(PyExc_ImportError, failure ?? `${path}: cannot load`);
      if (host?.importModule !== undefined) importHost = host;
      startRuntime(modules, opts);
      return loadExtension(module, name, path);
    });
  }
}
