/**
 * One Python session of the page: a minipy `Interpreter` over the packages, in
 * checked mode, with the C runtime of `@py/capi` started from the served
 * `libpyobj.wasm` and the learner's compiled extension in its module table.
 *
 * Compiling again starts a new session (a new C runtime and a new `__main__`),
 * as restarting `python` after rebuilding an extension would: a C module
 * cannot be unloaded from a running interpreter.
 */
import {
  CRuntime,
  capiCheckpoint,
  capiClearReports,
  capiForgetLeaks,
  capiReports,
  loadExtension,
} from "@py/capi";
import {
  checkedReports,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_None,
  type PyObject,
  PyExc_ModuleNotFoundError,
  raise,
  repr,
  setCheckedMode,
} from "@py/object";
import {
  exceptionLastLine,
  formatTraceback,
  Interpreter,
  loadModules,
  type ModuleInit,
  moduleNames,
  initModule,
  needsMoreInput,
  toPyError,
} from "minipy";

/** What running one input produced. */
export interface RunResult {
  /** stdout and echoed values, then the traceback if any. */
  output: string;
  /** Whether the input raised. */
  failed: boolean;
  /** Checked-mode reports that appeared while it ran, oldest first. */
  reports: string[];
}

/** A compiled extension to put in the module table. */
export interface Extension {
  name: string;
  module: WebAssembly.Module;
  /** What `__file__` and messages show. */
  path: string;
}

let mainModule: Promise<WebAssembly.Module> | null = null;

/** `libpyobj.wasm` beside the page, compiled once. */
function libpyobj(): Promise<WebAssembly.Module> {
  mainModule ??= WebAssembly.compileStreaming(fetch(new URL("./libpyobj.wasm", document.baseURI)));
  return mainModule;
}

/** The interpreter, the C runtime and the extension of one run of the learner's code. */
export class Session {
  readonly interp: Interpreter;
  /** `(module name, what it is)` of the modules `import` finds. */
  readonly moduleList: string[];
  private out = "";
  private objectReportsSeen: number;

  private constructor(
    private readonly extension: Extension | null,
    private readonly cStderr: (s: string) => void,
  ) {
    const modules = new Map<string, ModuleInit>();
    for (const name of moduleNames) modules.set(name, (host) => initModule(name, host));
    if (extension !== null) {
      modules.set(extension.name, () => loadExtension(extension.module, extension.name, extension.path));
    }
    this.moduleList = [...modules.keys()];
    this.interp = new Interpreter({
      stdout: (s) => {
        this.out += s;
      },
      stderr: (s) => {
        this.out += s;
      },
      modules,
    });
    // As the REPL: `_` holds the last echoed value.
    this.interp.displayhook = (v: PyObject) => {
      if (v === Py_None) return;
      this.out += `${repr(v)}\n`;
      Py_INCREF(v);
      const old = this.interp.builtins.get("_");
      this.interp.builtins.set("_", v);
      if (old !== undefined) Py_DECREF(old);
    };
    this.objectReportsSeen = checkedReports().length;
    void this.cStderr;
  }

  /**
   * Starts a session: checked mode on, a fresh C runtime (C's stdout and
   * stderr go to `cOutput`), `extension` importable by its name.
   */
  static async start(extension: Extension | null, cOutput: (s: string) => void): Promise<Session> {
    setCheckedMode(true);
    await loadModules();
    const main = await libpyobj();
    const text = () => {
      const dec = new TextDecoder();
      return (b: Uint8Array) => cOutput(dec.decode(b, { stream: true }));
    };
    // PyImport_ImportModule from C: the modules minipy knows, one instance each.
    const imported = new Map<string, PyObject>();
    CRuntime.startSync(main, {
      stdout: text(),
      stderr: text(),
      host: {
        importModule(name) {
          let m = imported.get(name);
          if (m === undefined) {
            const made = initModule(name);
            if (made === null) raise(PyExc_ModuleNotFoundError, `No module named '${name}'`);
            m = made;
            imported.set(name, m);
          }
          return Py_NewRef(m);
        },
        stderr: cOutput,
      },
    });
    capiForgetLeaks();
    capiClearReports();
    capiCheckpoint();
    return new Session(extension, cOutput);
  }

  /** Whether `src` (the lines typed so far) needs more lines, as at the `>>>` prompt. */
  static needsMore(src: string): boolean {
    return needsMoreInput(src);
  }

  /** Runs `src` as typed at the interactive prompt. */
  run(src: string): RunResult {
    this.out = "";
    const capiBefore = capiReports().length;
    let failed = false;
    try {
      this.interp.exec(`${src}\n`, true);
    } catch (e) {
      failed = true;
      const pe = toPyError(e);
      const tb = formatTraceback(pe, "<stdin>", src);
      this.out += tb.endsWith(`${exceptionLastLine(pe)}\n`) ? tb : `${exceptionLastLine(pe)}\n`;
    }
    const objectReports = checkedReports();
    const reports = [...objectReports.slice(this.objectReportsSeen), ...capiReports().slice(capiBefore)];
    this.objectReportsSeen = objectReports.length;
    return { output: this.out, failed, reports };
  }

  /** References and buffers C took since the last checkpoint and has not given back (one line each). */
  leaks(): string[] {
    return capiCheckpoint();
  }

  /** The extension of this session, if any. */
  get extensionName(): string | null {
    return this.extension?.name ?? null;
  }
}
