/**
 * The Pyodide side: CPython compiled to WebAssembly (npm `pyodide`), the peer a
 * JS user would pick instead of the packages. It runs the same Python setups
 * and `timeit` statements as the `python3` side ({@link PY_CORE}), loaded once
 * in this process from `node_modules` (about 3 s, offline). A workload whose
 * setup or statement fails in Pyodide (a native C module, say) is reported as
 * unsupported and shows "n/a".
 */
import { PY_CORE } from "./python.js";
import { PY_PRELUDE, type Workload } from "./workloads.js";

interface PyodideApi {
  runPython(code: string): unknown;
  globals: { set(name: string, value: unknown): void };
}

/** The loaded Pyodide interpreter, timing workloads in its own namespaces. */
export class PyodideSide {
  version = "";
  private constructor(private readonly py: PyodideApi) {}

  /** Loads Pyodide (about 3 s) and its timing core. */
  static async load(): Promise<PyodideSide> {
    const { loadPyodide } = await import("pyodide");
    const py = (await loadPyodide({ stdout: () => {}, stderr: () => {} })) as unknown as PyodideApi;
    py.runPython(PY_CORE);
    const side = new PyodideSide(py);
    side.version = String(py.runPython("sys.version.split()[0]"));
    return side;
  }

  private json(code: string): any {
    return JSON.parse(String(this.py.runPython(code)));
  }

  /** Sets `cases` up (replacing those of an earlier `start`). */
  async start(cases: readonly Workload[], batch: number): Promise<void> {
    const spec = cases.map((c) => ({ id: c.id, setup: c.pySetup, stmt: c.pyStmt }));
    this.py.globals.set("_spec_json", JSON.stringify([PY_PRELUDE, spec, batch]));
    this.py.runPython("drop_all()\nsetup(*json.loads(_spec_json))");
  }

  /** One round: seconds per statement, by workload id (unsupported ones absent). */
  async round(): Promise<Record<string, number>> {
    return this.json("json.dumps(timing_round())");
  }

  /** Why each unsupported workload is (id -> Python exception). */
  unsupported(): Record<string, string> {
    return this.json("json.dumps(unsupported)");
  }

  /** Drops every namespace (the memory of big buffers goes back to Pyodide's allocator). */
  async close(): Promise<void> {
    this.py.runPython("drop_all()");
  }
}
