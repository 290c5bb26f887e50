/**
 * The CPython side: ONE `python3` process runs every workload with `timeit`.
 * It sets every workload up once, then answers commands on stdin, one JSON
 * line each, so that the driver can alternate its rounds with Node's:
 *
 *   {"cmd": "round"}          -> {"times": {id: seconds per statement}}
 *   {"cmd": "mem", "n": N}    -> {"bytes_per_view": ...}
 *   {"cmd": "quit"}
 *
 * The number of statements per batch is calibrated once (first round) so
 * that a batch lasts at least `batch` seconds, as `timeit.autorange` does.
 * A workload whose setup or statement raises is left out of the rounds.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { createInterface, type Interface } from "node:readline";
import { PY_PRELUDE, type Workload } from "./workloads.js";

/**
 * The timing core shared by `python3` and Pyodide: `setup(prelude, cases,
 * batch)` builds each workload's namespace (a case whose setup fails, e.g. a
 * module Pyodide lacks, is left out and reported as unsupported),
 * `timing_round()` times every case once, `memory_per_view(n)` measures views.
 */
export const PY_CORE = `
import gc, json, sys, timeit, tracemalloc
numbers = {}
spaces = {}
stmts = {}
unsupported = {}
BATCH = 0.1

def setup(prelude, cases, batch):
    global BATCH
    BATCH = batch
    for c in cases:
        ns = {}
        try:
            exec(prelude, ns)
            exec(c["setup"], ns)
        except Exception as e:
            unsupported[c["id"]] = f"{type(e).__name__}: {e}"
            continue
        spaces[c["id"]] = ns
        stmts[c["id"]] = c["stmt"]

def drop_all():
    spaces.clear()
    stmts.clear()
    numbers.clear()
    gc.collect()

def calibrate(t):
    n = 1
    while True:
        took = t.timeit(n)
        if took >= BATCH:
            return n
        n = max(n * 2, int(n * BATCH / max(took, 1e-9) * 1.2) + 1) if took > BATCH / 10 else n * 10

def timing_round():
    out = {}
    for cid, stmt in stmts.items():
        t = timeit.Timer(stmt, globals=spaces[cid])
        n = numbers.get(cid)
        if n is None:
            try:
                t.timeit(1)
            except Exception as e:
                unsupported[cid] = f"{type(e).__name__}: {e}"
                continue
            n = numbers[cid] = calibrate(t)
        out[cid] = t.timeit(n) / n
    for cid in unsupported:
        stmts.pop(cid, None)
    return out

def memory_per_view(n):
    b = bytes(1024)
    views = [None] * n
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    for i in range(n):
        views[i] = memoryview(b)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    m = memoryview(b)
    return {"bytes_per_view": (after - before) / n, "getsizeof": sys.getsizeof(m)}
`;

/** The python3 front: commands on stdin, one JSON line each. */
const DRIVER = `${PY_CORE}
PRELUDE, CASES, BATCH_ = json.loads(sys.stdin.readline())
setup(PRELUDE, CASES, BATCH_)
print(json.dumps({"ready": sys.version.split()[0]}), flush=True)
for line in sys.stdin:
    cmd = json.loads(line)
    if cmd["cmd"] == "round":
        print(json.dumps({"times": timing_round()}), flush=True)
    elif cmd["cmd"] == "mem":
        print(json.dumps(memory_per_view(cmd["n"])), flush=True)
    else:
        break
`;

export interface PyMemoryFigure {
  /** tracemalloc growth per live `memoryview(b)` (view + its managed buffer). */
  readonly bytes_per_view: number;
  /** `sys.getsizeof(memoryview(b))` (the view alone, without GC header or managed buffer). */
  readonly getsizeof: number;
}

/** The running `python3` process. */
export class PythonSide {
  private readonly proc: ChildProcessWithoutNullStreams;
  private readonly lines: AsyncIterator<string>;
  private readonly rl: Interface;
  private stderr = "";
  version = "";

  constructor(python = "python3") {
    this.proc = spawn(python, ["-c", DRIVER], { stdio: ["pipe", "pipe", "pipe"] });
    this.proc.stderr.on("data", (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.rl = createInterface({ input: this.proc.stdout });
    this.lines = this.rl[Symbol.asyncIterator]();
  }

  private async reply(): Promise<any> {
    const r = await this.lines.next();
    if (r.done) throw new Error(`python3 exited:\n${this.stderr}`);
    return JSON.parse(r.value);
  }

  private send(o: unknown): void {
    this.proc.stdin.write(`${JSON.stringify(o)}\n`);
  }

  /** Sets every workload up (once) in the Python process. */
  async start(cases: readonly Workload[], batch: number): Promise<void> {
    const spec = cases.map((c) => ({ id: c.id, setup: c.pySetup, stmt: c.pyStmt }));
    this.send([PY_PRELUDE, spec, batch]);
    this.version = (await this.reply()).ready;
  }

  /** One round: seconds per statement, by workload id. */
  async round(): Promise<Record<string, number>> {
    this.send({ cmd: "round" });
    return (await this.reply()).times;
  }

  async memory(n: number): Promise<PyMemoryFigure> {
    this.send({ cmd: "mem", n });
    return this.reply();
  }

  async close(): Promise<void> {
    this.send({ cmd: "quit" });
    this.proc.stdin.end();
    this.rl.close();
    await new Promise<void>((resolve) => {
      if (this.proc.exitCode !== null) resolve();
      else this.proc.on("exit", () => resolve());
    });
  }
}
