/**
 * CPython side of the differential fuzzer: one long-lived `python3` running
 * cpython_batch.py, which prints for each program exactly what the reference
 * transcript runner prints (it imports the runner; there is no copy of it
 * here). A crashed or hung interpreter is replaced; the program it was
 * running is reported as `{ crashed: true }`.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const DRIVER = join(import.meta.dirname, "cpython_batch.py");
const REPO = join(import.meta.dirname, "..", "..", "..");

/**
 * The reference transcript runner: the repository's copy of the shared one
 * (`tools/conformance/cpython_transcript.py`), or `$PYOBJ_TRANSCRIPT_RUNNER`.
 */
export const TRANSCRIPT_RUNNER =
  process.env.PYOBJ_TRANSCRIPT_RUNNER ?? join(REPO, "tools", "conformance", "cpython_transcript.py");

export type CPythonResult = { out: string; crashed: false } | { out: null; crashed: true; why: string };

interface Pending {
  src: string;
  resolve: (r: CPythonResult) => void;
  timer: NodeJS.Timeout | null;
}

/** A python3 process that runs transcript programs one at a time, in fresh namespaces. */
export class CPython {
  private proc: ChildProcessWithoutNullStreams | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private stderr = "";
  /** processes killed for a timeout: their exit blames no program */
  private readonly killed = new WeakSet<ChildProcessWithoutNullStreams>();

  constructor(
    private readonly python = process.env.PYTHON ?? "python3",
    private readonly timeoutMs = 20_000,
  ) {}

  private start(): ChildProcessWithoutNullStreams {
    if (!existsSync(TRANSCRIPT_RUNNER)) throw new Error(`reference runner not found: ${TRANSCRIPT_RUNNER}`);
    const proc = spawn(this.python, [DRIVER, TRANSCRIPT_RUNNER], { stdio: ["pipe", "pipe", "pipe"] });
    this.stderr = "";
    proc.stderr.setEncoding("utf8");
    proc.stderr.on("data", (d: string) => {
      this.stderr = (this.stderr + d).slice(-4000);
    });
    createInterface({ input: proc.stdout }).on("line", (line) => {
      const msg = JSON.parse(line) as { id: number; out: string };
      this.settle(msg.id, { out: msg.out, crashed: false });
    });
    proc.on("exit", (code, signal) => {
      if (this.proc !== proc) return;
      this.proc = null;
      // The program being run (the oldest pending) crashed python3; the rest go to a new one.
      const why = `python3 exited (${signal ?? code}): ${this.stderr.trim().split("\n").slice(-3).join(" | ")}`;
      const ids = [...this.pending.keys()].sort((a, b) => a - b);
      const first = this.killed.has(proc) ? undefined : ids.shift();
      if (first !== undefined) this.settle(first, { out: null, crashed: true, why });
      if (ids.length) {
        const next = this.start();
        for (const id of ids) this.send(next, id);
      }
    });
    proc.stdin.on("error", () => {});
    this.proc = proc;
    return proc;
  }

  private settle(id: number, r: CPythonResult): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    if (p.timer) clearTimeout(p.timer);
    p.resolve(r);
  }

  /** Sends pending program `id` to `proc`; a program still unanswered after the timeout kills it. */
  private send(proc: ChildProcessWithoutNullStreams, id: number): void {
    const p = this.pending.get(id) as Pending;
    this.arm(proc, id);
    proc.stdin.write(`${JSON.stringify({ id, src: p.src })}\n`);
  }

  private arm(proc: ChildProcessWithoutNullStreams, id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    if (p.timer) clearTimeout(p.timer);
    p.timer = setTimeout(() => {
      // the timeout counts from sending, and programs queue: only the oldest is to blame
      if (Math.min(...this.pending.keys()) !== id || this.proc !== proc) return this.arm(proc, id);
      this.settle(id, { out: null, crashed: true, why: `timeout after ${this.timeoutMs} ms` });
      // the others are sent again, with fresh timers, when the process has exited
      for (const p of this.pending.values()) if (p.timer) clearTimeout(p.timer);
      this.killed.add(proc);
      proc.kill("SIGKILL");
    }, this.timeoutMs);
  }

  /** CPython's transcript of `src` (addresses masked as 0x?). */
  run(src: string): Promise<CPythonResult> {
    const proc = this.proc ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { src, resolve, timer: null });
      this.send(proc, id);
    });
  }

  /** Ends the python3 process. */
  close(): void {
    const proc = this.proc;
    this.proc = null;
    if (proc) {
      proc.stdin.end();
      proc.kill();
    }
  }
}
