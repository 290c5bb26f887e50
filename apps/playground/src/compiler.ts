/**
 * Compiling the learner's C in the page: `@py/cc`'s compiler with clang in
 * a Web Worker (compile-worker.ts), against `@py/capi`'s headers (fetched
 * once as one JSON tree). The first compile loads clang (about 100 MB of
 * WebAssembly): its progress goes to `onProgress`.
 */
import type { HeaderTree } from "@py/capi";
import { CompileError, type Compiler, createCompiler, type LoadProgress, workerClang } from "@py/cc";

/** One clang diagnostic: `file:line:col: kind: message`. */
export interface Diagnostic {
  line: number;
  column: number;
  kind: string;
  message: string;
}

/** The result of compiling one C file. */
export type CompileOutcome =
  | { ok: true; wasm: Uint8Array<ArrayBuffer>; diagnostics: Diagnostic[]; text: string }
  | { ok: false; diagnostics: Diagnostic[]; text: string };

const DIAGNOSTIC = /^[^\s:]*\.c:(\d+):(\d+): (error|warning|note): (.*)$/gm;

/** The diagnostics clang printed for the source file. */
export function parseDiagnostics(text: string): Diagnostic[] {
  return [...text.matchAll(DIAGNOSTIC)].map((m) => ({
    line: Number(m[1]),
    column: Number(m[2]),
    kind: m[3]!,
    message: m[4]!,
  }));
}

/** The page's C compiler. */
export class PageCompiler {
  private readonly compiler: Compiler;
  private headers: Promise<HeaderTree> | null = null;

  constructor(onProgress: (p: LoadProgress) => void) {
    const base = document.baseURI;
    this.compiler = createCompiler(
      workerClang({
        worker: new Worker(new URL("./compile-worker.js", base), { type: "module" }),
        clang: new URL("./clang/bundle.js", base),
        onProgress,
      }),
    );
  }

  /** Loads clang ahead of the first compile. */
  prepare(): Promise<void> {
    return this.compiler.prepare();
  }

  /** Compiles `source` (file `name`) to an extension module. */
  async compile(name: string, source: string): Promise<CompileOutcome> {
    // @py/capi's packed headers (its fetchCapiHeaders reads the same file; importing
    // @py/capi here would put the whole façade in the page's bundle: it lives in the session frame).
    this.headers ??= fetch(new URL("./capi-include.json", document.baseURI)).then((r) => {
      if (!r.ok) throw new Error(`capi-include.json: HTTP ${r.status}`);
      return r.json() as Promise<HeaderTree>;
    });
    const include = [await this.headers];
    try {
      const r = await this.compiler.compile({ [name]: source }, { include, opt: "1" });
      return { ok: true, wasm: r.wasm, diagnostics: parseDiagnostics(r.diagnostics), text: r.diagnostics };
    } catch (e) {
      if (e instanceof CompileError) {
        const text = e.diagnostics || e.message;
        return { ok: false, diagnostics: parseDiagnostics(text), text };
      }
      throw e;
    }
  }
}
