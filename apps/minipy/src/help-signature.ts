/**
 * Text signatures as CPython keeps them in docstrings (`name(sig)\n--\n\n`,
 * `_PyType_GetTextSignatureFromInternalDoc` of `Objects/typeobject.c`) and
 * as `inspect.signature` renders them for `pydoc`: `$self`/`$module`/`$type`
 * are dropped for bound callables (a lone `/` then vanishes: `tolist()`)
 * and shown as `self` for unbound ones.
 */

/** A docstring split into its text signature (or null) and the doc proper. */
export interface SplitDoc {
  signature: string | null;
  doc: string;
}

/** Splits `name(sig)\n--\n\n doc` (CPython's internal doc form); other docs have no signature. */
export function splitDoc(name: string, doc: string | null): SplitDoc {
  if (doc === null) return { signature: null, doc: "" };
  if (doc.startsWith(`${name}(`)) {
    const end = doc.indexOf(")\n--\n\n");
    if (end >= 0) return { signature: doc.slice(name.length, end + 1), doc: doc.slice(end + 6) };
    const endOnly = doc.indexOf(")\n--\n");
    if (endOnly >= 0 && endOnly + 5 === doc.length) return { signature: doc.slice(name.length), doc: "" };
  }
  return { signature: null, doc };
}

/** Renders a text signature as `inspect.signature` prints it; `bound`: the first `$` parameter is bound. */
export function renderSignature(sig: string, bound: boolean): string {
  const params = sig
    .slice(1, -1)
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const out: string[] = [];
  for (const [i, p] of params.entries()) {
    if (i === 0 && p.startsWith("$")) {
      if (!bound) out.push(p.slice(1));
      continue;
    }
    out.push(p);
  }
  // A "/" with no positional-only parameter before it is not shown.
  if (out[0] === "/") out.shift();
  return `(${out.join(", ")})`;
}

/** `inspect.cleandoc`: tabs expanded, common indentation of the lines after the first removed, blank ends dropped. */
export function cleandoc(doc: string): string {
  const lines = doc.replace(/\t/g, "        ").split("\n");
  let margin = Number.POSITIVE_INFINITY;
  for (const l of lines.slice(1)) {
    const content = l.trimStart().length;
    if (content > 0) margin = Math.min(margin, l.length - content);
  }
  const first = lines[0]!.trimStart();
  const rest = lines.slice(1).map((l) => (margin === Number.POSITIVE_INFINITY ? l : l.slice(margin)));
  const all = [first, ...rest];
  while (all.length > 0 && all[all.length - 1]!.trim() === "") all.pop();
  while (all.length > 0 && all[0]!.trim() === "") all.shift();
  return all.join("\n");
}

/** `TextDoc.indent`: every line prefixed (blank lines too), the last one right-stripped. */
export function indent(text: string, prefix = "    "): string {
  const lines = text.split("\n").map((l) => prefix + l);
  if (lines.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.trimEnd();
  return lines.join("\n");
}
