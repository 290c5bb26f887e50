/**
 * Which names a function body binds (its locals, as the compiler's symtable
 * finds them), not looking into nested functions.
 */
import type { Expr, Stmt } from "./ast.js";

/**
 * Adds the names `body` binds to `out`, its `global` declarations to
 * `globals` and its `nonlocal` ones to `nonlocals`.
 */
export function collectLocals(
  body: Stmt[],
  out: Set<string>,
  globals: Set<string>,
  nonlocals: Set<string> = new Set(),
): void {
  for (const s of body) {
    switch (s.kind) {
      case "Assign":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "AugAssign":
      case "AnnAssign":
        collectTargetNames(s.target, out);
        break;
      case "Delete":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "For":
        collectTargetNames(s.target, out);
        collectLocals(s.body, out, globals, nonlocals);
        collectLocals(s.orelse, out, globals, nonlocals);
        break;
      case "While":
        collectLocals(s.body, out, globals, nonlocals);
        collectLocals(s.orelse, out, globals, nonlocals);
        break;
      case "If":
        collectLocals(s.body, out, globals, nonlocals);
        collectLocals(s.orelse, out, globals, nonlocals);
        break;
      case "With":
        for (const it of s.items) if (it.target !== null) collectTargetNames(it.target, out);
        collectLocals(s.body, out, globals, nonlocals);
        break;
      case "Try":
        collectLocals(s.body, out, globals, nonlocals);
        for (const h of s.handlers) {
          if (h.name !== null) out.add(h.name);
          collectLocals(h.body, out, globals, nonlocals);
        }
        collectLocals(s.orelse, out, globals, nonlocals);
        collectLocals(s.finalbody, out, globals, nonlocals);
        break;
      case "FunctionDef":
      case "ClassDef":
        out.add(s.name);
        break;
      case "Nonlocal":
        for (const n of s.names) nonlocals.add(n);
        break;
      case "Import":
        for (const n of s.names) out.add(n.asname ?? n.name.split(".")[0]!);
        break;
      case "ImportFrom":
        for (const n of s.names) out.add(n.asname ?? n.name);
        break;
      case "Global":
        for (const n of s.names) globals.add(n);
        break;
      default:
        break;
    }
  }
}

/** Adds the names an assignment target binds to `out`. */
export function collectTargetNames(t: Expr, out: Set<string>): void {
  if (t.kind === "Name") out.add(t.id);
  else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) collectTargetNames(e, out);
  else if (t.kind === "Starred") collectTargetNames(t.value, out);
}

/** Whether a function body yields (not counting nested functions, classes and lambdas). */
export function containsYield(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsYield);
  if (node === null || typeof node !== "object") return false;
  const kind = (node as { kind?: string }).kind;
  if (kind === "Yield" || kind === "YieldFrom") return true;
  if (kind === "FunctionDef" || kind === "ClassDef") {
    const d = node as { decorators: unknown; params?: unknown; bases?: unknown };
    return containsYield(d.decorators) || containsYield(d.params ?? null) || containsYield(d.bases ?? null);
  }
  if (kind === "Lambda") return containsYield((node as { params: unknown }).params);
  for (const v of Object.values(node))
    if (v !== null && typeof v === "object" && containsYield(v)) return true;
  return false;
}
