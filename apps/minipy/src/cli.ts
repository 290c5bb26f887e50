/**
 * The `minipy` command:
 *   minipy FILE                 run a script (traceback on stderr, exit 1 on error)
 *   minipy --transcript FILE    transcript semantics of tools/cpython_transcript.py
 *   minipy -c CODE              run CODE as a script
 *   minipy                      interactive prompt (or a script from a non-tty stdin)
 *
 * `import NAME` also finds C extensions (`NAME.wasm`, `NAME.c`) beside the
 * script, in the current directory and on MINIPYPATH (cext.ts).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extensionModuleTable, extensionSearchPath, prepareExtensions } from "./cext.js";
import { startChecked } from "./checked-session.js";
import { PyInit_sys } from "./modules/sys/index.js";
import { runRepl } from "./repl.js";
import { loadModules, runScript, runTranscript } from "./run.js";
import { jsStackOverflowed } from "./tracebacks.js";

const USAGE = `usage: minipy [--checked] [-c CODE | --transcript FILE | FILE] [ARG...]
  --checked          checked mode: report each C-API misuse on stderr as it happens, and leaks at exit
  FILE               run a script
  --transcript FILE  run FILE line by line as typed at the prompt (echo values, report errors, go on)
  -c CODE            run CODE
  (none)             interactive prompt
`;

/** Collects output and writes it in large chunks (many small writes are slow). */
class BufferedWriter {
  private parts: string[] = [];
  private size = 0;
  /**
   * @param hold keep everything until `release()` (a first try that may be
   *   discarded and run again: see `MainOptions.firstTry`)
   */
  constructor(
    private readonly stream: NodeJS.WriteStream,
    private hold = false,
  ) {}
  write = (s: string): void => {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 16) this.flush();
  };
  flush(): void {
    if (this.hold || this.parts.length === 0) return;
    this.stream.write(this.parts.join(""));
    this.parts = [];
    this.size = 0;
  }
  /** Ends holding: what was written goes out (`keep`) or is dropped. */
  release(keep: boolean): void {
    this.hold = false;
    if (keep) this.flush();
    else this.parts = [];
  }
}

/**
 * `main`'s result when a first try ran out of JS stack: nothing was written;
 * run again with a larger V8 stack (bin/minipy.js re-starts Node with one).
 */
export const NEEDS_DEEPER_STACK = -1;

/** Options of `main`. */
export interface MainOptions {
  /**
   * A transcript run on Node's default stack: its output is held until the
   * end and dropped, with `NEEDS_DEEPER_STACK` returned, if the JS stack ran
   * out (a recursion CPython's limit allows), so that most runs need one
   * process instead of two.
   */
  firstTry?: boolean;
}

function readSource(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as { code?: string }).code;
    process.stderr.write(
      `minipy: can't open file '${path}': [Errno 2] ${code === "ENOENT" ? "No such file or directory" : String(e)}\n`,
    );
    return null;
  }
}

/** Entry point of `bin/minipy.js`. Resolves to the process exit status. */
export async function main(args: readonly string[], options: MainOptions = {}): Promise<number> {
  const checkedFlag = args[0] === "--checked";
  const argv = checkedFlag ? args.slice(1) : args;
  const firstTry = options.firstTry === true && argv[0] === "--transcript";
  await loadModules();
  const out = new BufferedWriter(process.stdout, firstTry);
  const err = new BufferedWriter(process.stderr, firstTry);
  // The standard modules and the C extensions the program imports (prepareExtensions).
  const modules = extensionModuleTable();
  const opts = {
    modules,
    stdout: out.write,
    stderr: (s: string): void => {
      out.flush();
      err.write(s);
      err.flush();
    },
  };
  // sys.argv and sys.path as the command line gives them (CPython: -c gives '-c', the prompt '').
  const script = argv[0] === "--transcript" ? (argv[1] ?? null) : argv[0] === "-c" ? null : (argv[0] ?? null);
  const sysArgv =
    argv[0] === "--transcript" ? argv.slice(1, 2) : argv[0] === "-c" ? ["-c", ...argv.slice(2)] : argv;
  modules.set("sys", (host) =>
    PyInit_sys(host, {
      argv: sysArgv.length === 0 ? [""] : sysArgv,
      path: extensionSearchPath(script === "-" ? null : script),
    }),
  );
  const checked = checkedFlag ? startChecked(opts.stderr) : null;
  try {
    const a0 = argv[0];
    if (a0 === "-h" || a0 === "--help") {
      out.write(USAGE);
      return 0;
    }
    if (a0 === "--transcript") {
      const path = argv[1];
      if (path === undefined) {
        err.write(USAGE);
        return 2;
      }
      const src = readSource(path);
      if (src === null) return 2;
      await prepareExtensions(src, modules, { searchPath: extensionSearchPath(path), ...opts });
      runTranscript(src, opts);
      return firstTry && jsStackOverflowed() ? NEEDS_DEEPER_STACK : 0;
    }
    if (a0 === "-c") {
      const code = argv[1];
      if (code === undefined) {
        err.write("Argument expected for the -c option\n");
        return 2;
      }
      await prepareExtensions(code, modules, { searchPath: extensionSearchPath(null), ...opts });
      return runScript(code, "<string>", opts);
    }
    if (a0 !== undefined && a0 !== "-") {
      if (a0.startsWith("-")) {
        err.write(`unknown option ${a0}\n${USAGE}`);
        return 2;
      }
      const src = readSource(a0);
      if (src === null) return 2;
      await prepareExtensions(src, modules, { searchPath: extensionSearchPath(a0), ...opts });
      // CPython 3.11 names the script by its absolute path in tracebacks
      return runScript(src, resolve(a0), opts);
    }
    if (process.stdin.isTTY && a0 === undefined) return await runRepl(process.stdin, process.stdout);
    const src = readFileSync(0, "utf8");
    await prepareExtensions(src, modules, { searchPath: extensionSearchPath(null), ...opts });
    return runScript(src, "<stdin>", opts);
  } finally {
    checked?.finish();
    const keep = !(firstTry && jsStackOverflowed());
    out.release(keep);
    err.release(keep);
  }
}
