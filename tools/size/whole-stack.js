// The whole stack for the size budget (.size-limit.json): every export of every runtime
// package (their built dist/, as the workspace root cannot resolve @py/* names).
import * as buffer from "../../packages/buffer/dist/index.js";
import * as capi from "../../packages/capi/dist/index.js";
import * as memoryview from "../../packages/memoryview/dist/index.js";
import * as object from "../../packages/object/dist/index.js";

console.log(object, buffer, memoryview, capi);
