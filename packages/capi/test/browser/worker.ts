// The Web Worker of page.ts: serves @py/cc compile requests (clang runs here, off the page's thread).
import { serveClangWorker } from "@py/cc";

serveClangWorker();
