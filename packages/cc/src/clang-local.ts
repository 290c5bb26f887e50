/**
 * clang in this thread: `@yowasp/clang` imported on first use. In Node it is
 * found as a dependency of this package; in a browser give its URL (the
 * module `@yowasp/clang/gen/bundle.js`, served beside its `.wasm` and `.tar`
 * resources, which it fetches relative to itself), or run it in a Web Worker
 * (`workerClang`) so that the page stays responsive while it compiles.
 */
import type { ClangRunner, LoadProgress, Tree } from "./compiler.js";

/** What `@yowasp/clang` exports that we use. */
export interface ClangModule {
  commands: {
    clang(
      args: string[],
      files: Tree,
      options: {
        stdout?: (b: Uint8Array | null) => void;
        stderr?: (b: Uint8Array | null) => void;
        decodeASCII?: boolean;
        fetchProgress?: (p: { totalLength: number; doneLength: number }) => void;
      },
    ): Promise<Tree | undefined> | Tree | undefined;
  };
}

/** Options of `localClang`. */
export interface LocalClangOptions {
  /**
   * `@yowasp/clang` itself, or the URL of its module (`gen/bundle.js`).
   * Default: the package specifier, resolved by Node (or a bundler's import map).
   */
  clang?: ClangModule | string | URL;
  /** Called while the compiler's resources load (once). */
  onProgress?: (p: LoadProgress) => void;
}

// A specifier in a variable: bundlers leave the import to run time, so that a
// browser bundle does not pull in clang (and its Node branch) when it is not used.
const CLANG_PACKAGE = "@yowasp/clang";

/** Imports `@yowasp/clang` from a specifier or URL. */
export function importClang(from: string | URL = CLANG_PACKAGE): Promise<ClangModule> {
  return import(/* @vite-ignore */ String(from)) as Promise<ClangModule>;
}

/** A `ClangRunner` calling `@yowasp/clang` in this thread. */
export function localClang(options: LocalClangOptions = {}): ClangRunner {
  let mod: Promise<ClangModule> | null = null;
  let ready: Promise<void> | null = null;
  const load = (): Promise<ClangModule> => {
    const c = options.clang;
    mod ??= typeof c === "object" && !(c instanceof URL) ? Promise.resolve(c) : importClang(c);
    return mod;
  };
  const decoder = (onText: (t: string) => void) => {
    const dec = new TextDecoder();
    return (b: Uint8Array | null): void => {
      if (b !== null) onText(dec.decode(b, { stream: true }));
    };
  };
  return {
    // clang's own first step does not pass the progress option on: the
    // resources are fetched here first, reporting progress (or silently).
    prepare() {
      ready ??= load().then(async (m) => {
        const progress = options.onProgress;
        await m.commands.clang(
          ["--version"],
          {},
          {
            stdout: () => {},
            stderr: () => {},
            fetchProgress: (p) => progress?.({ loaded: p.doneLength, total: p.totalLength }),
          },
        );
      });
      return ready;
    },
    async run(args, tree, onText) {
      await this.prepare();
      const m = await load();
      return (await m.commands.clang([...args], tree, {
        stdout: decoder(onText),
        stderr: decoder(onText),
        decodeASCII: false,
        fetchProgress: () => {},
      })) as Tree | undefined;
    },
  };
}
