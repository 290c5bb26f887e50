/**
 * The page's Python session lives in its own frame (session.html, this
 * bundle): every new session is a new frame, so a new JavaScript realm with
 * fresh module state — the packages' global state (the façade's tables, the
 * checked-mode records, the C runtime) starts clean, as a new `python`
 * process would after rebuilding an extension. The page talks to the frame
 * through `window.pyobjSession` (same origin), with plain data only.
 */
import { snapshot, type Snapshot } from "./inspect.js";
import { type RunResult, Session } from "./session.js";

/** A compiled extension as the page hands it over (bytes: WebAssembly objects stay in their realm). */
export interface ExtensionBytes {
  name: string;
  wasm: Uint8Array;
  path: string;
}

/** What the frame offers the page. */
export interface SessionApi {
  /** Starts the session; C's stderr goes to `cStderr`. */
  start(extension: ExtensionBytes | null, cStderr: (s: string) => void): Promise<void>;
  run(src: string): RunResult;
  needsMore(src: string): boolean;
  snapshot(selected: string | null): Snapshot;
  leaks(): string[];
  close(): string[];
}

let session: Session | null = null;

function current(): Session {
  if (session === null) throw new Error("the session has not started");
  return session;
}

const api: SessionApi = {
  async start(extension, cStderr) {
    const ext =
      extension === null
        ? null
        : {
            name: extension.name,
            path: extension.path,
            module: await WebAssembly.compile(new Uint8Array(extension.wasm)),
          };
    session = await Session.start(ext, cStderr);
  },
  run: (src) => current().run(src),
  needsMore: (src) => Session.needsMore(src),
  snapshot: (selected) => snapshot(current(), selected),
  leaks: () => current().leaks(),
  close: () => current().close(),
};

(window as unknown as { pyobjSession: SessionApi }).pyobjSession = api;
