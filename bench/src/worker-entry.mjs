// Entry of a benchmark worker thread: module hooks registered in the main
// thread do not reach workers, so the worker registers tsx itself, then runs
// worker.ts (which reads workerData). Without the tsconfig, whose
// `@py/source` condition (for type checking) would make the workspace
// packages resolve to their TypeScript sources instead of the built dist/.
import { register } from "tsx/esm/api";

register({ tsconfig: false });
await import("./worker.ts");
