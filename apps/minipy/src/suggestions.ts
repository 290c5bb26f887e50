/**
 * "Did you mean" for an uncaught NameError or AttributeError, as CPython 3.11
 * adds it when it prints a traceback (`Python/suggestions.c`): the closest
 * name by a Levenshtein distance where a case change costs 1 and any other
 * edit 2, within a third of the characters involved.
 */
import type { PyError, PyObject, PyTypeObject } from "@py/object";

const MAX_CANDIDATE_ITEMS = 750;
const MAX_STRING_SIZE = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** `levenshtein_distance` over UTF-8 bytes as CPython (here code units: names are ASCII in practice). */
function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let s = 0;
  while (s < a.length && s < b.length && a[s] === b[s]) s++;
  a = a.slice(s);
  b = b.slice(s);
  let e = 0;
  while (e < a.length && e < b.length && a[a.length - 1 - e] === b[b.length - 1 - e]) e++;
  a = a.slice(0, a.length - e);
  b = b.slice(0, b.length - e);
  if (a.length === 0 || b.length === 0) return (a.length + b.length) * MOVE_COST;
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0; i < a.length; i++) buffer.push((i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    const code = b[bi]!;
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Number.POSITIVE_INFINITY;
    for (let i = 0; i < a.length; i++) {
      const substitute = distance + substitutionCost(code, a[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** `calculate_suggestions(dir, name)`: the closest candidate, or null. */
export function closestName(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const maxDistance = Math.min(
      Math.floor(((name.length + item.length + 3) * MOVE_COST) / 6),
      bestDistance - 1,
    );
    const d = levenshtein(name, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

/** What a suggestion is drawn from: lists of candidate names, tried in order. */
interface Pending {
  name: string;
  scopes: () => string[][];
}

const pending = new WeakMap<PyError, Pending>();

/** Records where a NameError was raised: the frame's local names, then its globals, then the builtins. */
export function noteNameError(
  pe: PyError,
  name: string,
  varnames: Iterable<string>,
  globals: Map<string, PyObject>,
  builtins: Map<string, PyObject>,
): void {
  const locals = [...varnames];
  pending.set(pe, { name, scopes: () => [locals, [...globals.keys()], [...builtins.keys()]] });
}

/** The attribute names `dir()` finds through a type and its bases (sorted as `dir()` sorts them). */
function typeAttributes(t: PyTypeObject, extra: Iterable<string>): string[] {
  const names = new Set<string>(extra);
  for (let c: PyTypeObject | null = t; c !== null; c = c.tp_base) {
    for (const k of c.tp_dict.keys()) names.add(k);
    for (const k of c.tp_methods.keys()) names.add(k);
    for (const k of c.tp_getset.keys()) names.add(k);
  }
  return [...names].sort();
}

/** Records a failed attribute look-up `obj.name` (its candidates are `dir(obj)`). */
export function noteAttributeError(
  pe: PyError,
  obj: PyObject,
  name: string,
  instanceNames: Iterable<string>,
): void {
  const t = obj.ob_type;
  const own = [...instanceNames];
  pending.set(pe, { name, scopes: () => [typeAttributes(t, own)] });
}

/** `. Did you mean: 'x'?` for an error noted above, or "". */
export function suggestionFor(pe: PyError): string {
  const p = pending.get(pe);
  if (p === undefined) return "";
  for (const scope of p.scopes()) {
    const s = closestName(scope, p.name);
    if (s !== null) return `. Did you mean: '${s}'?`;
  }
  return "";
}
