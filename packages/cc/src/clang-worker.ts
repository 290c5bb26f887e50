/**
 * clang in a Web Worker. The worker's script is two lines the application
 * bundles itself:
 *
 * ```ts
 * import { serveClangWorker } from "@py/cc";
 * serveClangWorker();
 * ```
 *
 * and the page makes a compiler from the worker:
 * `createCompiler(workerClang({ worker: new Worker(url, { type: "module" }), clang: clangUrl }))`.
 * The worker imports `@yowasp/clang` from `clang` (the URL of its
 * `gen/bundle.js`), so the compiler's 100 MB load and every compile run off
 * the page's thread; progress of the load is posted back.
 */
import { localClang } from "./clang-local.js";
import type { ClangRunner, LoadProgress, Tree } from "./compiler.js";

/** Messages to the worker. */
type ToWorker =
  | { kind: "prepare"; id: number; clang?: string }
  | { kind: "run"; id: number; clang?: string; args: string[]; tree: Tree };

/** Messages from the worker. */
type FromWorker =
  | { kind: "progress"; loaded: number; total: number }
  | { kind: "text"; id: number; text: string }
  | { kind: "done"; id: number; files: Tree | undefined }
  | { kind: "failed"; id: number; message: string };

/** The part of a `Worker` (or `MessagePort`) used here. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/** The part of a worker's global scope used here. */
export interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: "message", listener: (event: MessageEvent) => void): void;
}

/**
 * Makes this worker serve compile requests from `workerClang` (call it once,
 * in the worker's script).
 */
export function serveClangWorker(scope: WorkerScope = globalThis as unknown as WorkerScope): void {
  let runner: ClangRunner | null = null;
  const post = (m: FromWorker) => scope.postMessage(m);
  const runnerFor = (clang: string | undefined): ClangRunner => {
    runner ??= localClang({
      ...(clang === undefined ? {} : { clang }),
      onProgress: (p) => post({ kind: "progress", loaded: p.loaded, total: p.total }),
    });
    return runner;
  };
  scope.addEventListener("message", (event: MessageEvent) => {
    const m = event.data as ToWorker;
    const r = runnerFor(m.clang);
    const work =
      m.kind === "prepare"
        ? r.prepare().then(() => undefined)
        : r.run(m.args, m.tree, (text) => post({ kind: "text", id: m.id, text }));
    work.then(
      (files) => post({ kind: "done", id: m.id, files }),
      (e: unknown) => post({ kind: "failed", id: m.id, message: e instanceof Error ? e.message : String(e) }),
    );
  });
}

/** Options of `workerClang`. */
export interface WorkerClangOptions {
  /** A worker whose script called `serveClangWorker()`. */
  worker: WorkerLike;
  /** URL of `@yowasp/clang`'s module (`gen/bundle.js`) for the worker to import (default: the package specifier). */
  clang?: string | URL;
  /** Called while the compiler's resources load (once). */
  onProgress?: (p: LoadProgress) => void;
}

/** A `ClangRunner` that runs clang in `options.worker`. */
export function workerClang(options: WorkerClangOptions): ClangRunner {
  const { worker } = options;
  const clang = options.clang === undefined ? undefined : String(options.clang);
  let next = 1;
  const pending = new Map<
    number,
    { resolve: (t: Tree | undefined) => void; reject: (e: Error) => void; onText?: (t: string) => void }
  >();
  worker.addEventListener("message", (event: MessageEvent) => {
    const m = event.data as FromWorker;
    if (m.kind === "progress") {
      options.onProgress?.({ loaded: m.loaded, total: m.total });
      return;
    }
    const p = pending.get(m.id);
    if (p === undefined) return;
    if (m.kind === "text") p.onText?.(m.text);
    else {
      pending.delete(m.id);
      if (m.kind === "done") p.resolve(m.files);
      else p.reject(new Error(m.message));
    }
  });
  const send = (msg: ToWorker, onText?: (t: string) => void) =>
    new Promise<Tree | undefined>((resolve, reject) => {
      pending.set(msg.id, onText === undefined ? { resolve, reject } : { resolve, reject, onText });
      worker.postMessage(msg);
    });
  let ready: Promise<void> | null = null;
  const base = clang === undefined ? {} : { clang };
  return {
    prepare() {
      ready ??= send({ kind: "prepare", id: next++, ...base }).then(() => undefined);
      return ready;
    },
    run(args, tree, onText) {
      return send({ kind: "run", id: next++, ...base, args: [...args], tree }, onText);
    },
  };
}
