// @ts-check
/**
 * TypeDoc plugin: groups each package's exports by topic (`@category`), from
 * the source file that declares them, so the reference reads by subject
 * (reference counts, exceptions, struct, the JS layer, ...) rather than as one
 * alphabetical list per kind. An explicit `@category` in a comment wins.
 * Each entry module is named for its package (`@py/object`).
 */
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** [path pattern (under packages/), topic], first match wins. */
const TOPICS = [
  [/^object\/src\/(refcount|owned|object-tracking)\.ts$/, "Reference counts"],
  [/^object\/src\/(exceptions|exception-types)\.ts$/, "Exceptions"],
  [
    /^object\/src\/(none|bool|int|float|double-bits|number|truth|ssize)[-.]/,
    "None, bool, int, float and numbers",
  ],
  [/^object\/src\/(str|unicode|code-points|bytes-object)[-.]/, "str"],
  [
    /^object\/src\/(tuple|list|item-array|items|length|repeat-items|seq-iterator|iteration|iterators|slice|range)[-.]/,
    "Sequences, slices and iteration",
  ],
  [/^object\/src\/(dict|set|hash|object-hash)[-.]/, "dict, set and hashing"],
  [
    /^object\/src\/(call|method-call|args|function|func-object|method-object|module|cell|code)[-.]/,
    "Calls, functions and modules",
  ],
  [/^object\/src\/(compare|repr)\.ts$/, "Comparison and repr"],
  [/^object\//, "Objects and types"],
  [/^(buffer|memoryview)\/src\/js\//, "JS layer"],
  [/^buffer\/src\/(protocol\/|move-into-storage)/, "Buffer protocol"],
  [/^buffer\/src\/format\//, "struct formats and the struct module"],
  [/^buffer\/src\/bytes\//, "bytes and bytearray"],
  [/^buffer\/src\/array\//, "array.array"],
  [/^memoryview\//, "memoryview"],
  [/^capi\/src\/wasm\//, "WebAssembly runtime for C extensions"],
  [/^capi\/src\/args\//, "Argument parsing and building"],
  [/^capi\/src\/(checked|leaks|introspect)/, "Checked mode and introspection"],
  [/^capi\/src\/(buffer-api|memoryview-api)/, "Buffer and memoryview API"],
  [
    /^capi\/src\/(linear-memory|allocator|pymem|heap-storage|abi|c-types|py-buffer-struct|layout-check)/,
    "Memory and ABI",
  ],
  [/^capi\//, "Objects, handles and errors"],
  [/^cc\//, "Compiler"],
];

/** The topic of a file, by its path under `packages/`, or undefined. */
export function topicOf(fileName) {
  const at = fileName.replace(/\\/g, "/").lastIndexOf("/packages/");
  if (at < 0) return undefined;
  const rel = fileName.slice(at + "/packages/".length);
  return TOPICS.find(([re]) => re.test(rel))?.[1];
}

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getReflectionsByKind(ReflectionKind.Module)) {
      if (!module.isDeclaration()) continue;
      // "object/src" (the entry's directory) is the package `@py/object`.
      const pkg = /^([a-z-]+)\/src$/.exec(module.name)?.[1];
      if (pkg !== undefined && module.parent === context.project) module.name = `@py/${pkg}`;
      for (const child of module.children ?? []) {
        const signatures = child.getNonIndexSignatures();
        const comments = [child.comment, ...signatures.map((s) => s.comment)].filter((c) => c !== undefined);
        if (comments.some((c) => c.blockTags.some((t) => t.tag === "@category"))) continue;
        const file = child.sources?.[0]?.fullFileName ?? signatures[0]?.sources?.[0]?.fullFileName;
        const topic = file === undefined ? undefined : topicOf(file);
        if (topic === undefined) continue;
        const target = child.comment ?? signatures[0]?.comment ?? (child.comment = new Comment());
        target.blockTags.push(new CommentTag("@category", [{ kind: "text", text: topic }]));
      }
    }
  });
}
