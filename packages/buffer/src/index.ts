export * from "./flags.js";
export * from "./memory.js";
export * from "./py-buffer.js";
