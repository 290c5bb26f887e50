/**
 * The compiler's worker: clang (`@yowasp/clang`, served beside this script
 * as `clang/bundle.js` with its `.wasm` and `.tar` resources) runs here, off
 * the page's thread; `@py/cc`'s `workerClang` in the page talks to it.
 */
import { serveClangWorker } from "@py/cc";

serveClangWorker();
