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
  /** stdout (Python's and C's) and echoed values, then the traceback if any. */
  output: string;
  /** The same as a transcript shows it (`tools/conformance/cpython_transcript.py`): an exception by its last line only. */
  transcript: string;
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
  /** What the input running now printed so far. */
  out = "";
  private objectReportsSeen: number;

  private constructor(private readonly extension: Extension | null) {
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
    // As the transcripts of the learn track (tools/conformance/cpython_transcript.py): an
    // echoed value is printed, not kept in `_`, so refcounts read as the chapters show them.
    this.interp.displayhook = (v: PyObject) => {
      if (v !== Py_None) this.out += `${repr(v)}\n`;
    };
    this.objectReportsSeen = checkedReports().length;
  }

  /**
   * Starts a session: checked mode on, a fresh C runtime (C's stdout and
   * stderr go to `cOutput`), `extension` importable by its name.
   */
  static async start(extension: Extension | null, cStderr: (s: string) => void): Promise<Session> {
    setCheckedMode(true);
    await loadModules();
    const main = await libpyobj();
    const text = (sink: (s: string) => void) => {
      const dec = new TextDecoder();
      return (b: Uint8Array) => sink(dec.decode(b, { stream: true }));
    };
    // PyImport_ImportModule from C: the modules minipy knows, one instance each.
    const imported = new Map<string, PyObject>();
    // C's stdout is part of what an input prints (as in CPython, one stdout); its stderr goes aside.
    let session: Session | null = null;
    const cStdout = (t: string): void => {
      if (session !== null) session.out += t;
    };
    CRuntime.startSync(main, {
      stdout: text(cStdout),
      stderr: text(cStderr),
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
        stderr: cStderr,
      },
    });
    capiForgetLeaks();
    capiClearReports();
    capiCheckpoint();
    session = new Session(extension);
    return session;
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
    let transcript: string;
    try {
      this.interp.exec(`${src}\n`, true);
      transcript = this.out;
    } catch (e) {
      failed = true;
      const pe = toPyError(e);
      const last = `${exceptionLastLine(pe)}\n`;
      transcript = this.out + last;
      const tb = formatTraceback(pe, "<stdin>", src);
      this.out += tb.endsWith(last) ? tb : last;
    }
    const objectReports = checkedReports();
    const reports = [...objectReports.slice(this.objectReportsSeen), ...capiReports().slice(capiBefore)];
    this.objectReportsSeen = objectReports.length;
    return { output: this.out, transcript, failed, reports };
  }

  /**
   * Ends the session while its C runtime is still the active one: `__main__`
   * and the loaded modules are released, so that what they held is freed
   * by the runtime that made it (not later, under the next one). Returns the
   * checked-mode reports this produced (a C destructor's misuse).
   */
  close(): string[] {
    const capiBefore = capiReports().length;
    try {
      this.interp.clearGlobals();
      const mods = [...this.interp.modules.values()];
      this.interp.modules.clear();
      for (const m of mods) Py_DECREF(m);
    } catch (e) {
      return [...capiReports().slice(capiBefore), `while ending the session: ${exceptionLastLine(e)}`];
    }
    return capiReports().slice(capiBefore);
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
