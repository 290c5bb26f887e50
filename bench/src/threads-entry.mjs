// Entry of a threads-row worker (see worker-entry.mjs for why tsx is registered here).
import { register } from "tsx/esm/api";

register({ tsconfig: false });
await import("./threads-worker.ts");
