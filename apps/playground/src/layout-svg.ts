/**
 * The selected view drawn over its bytes, as SVG: the bytes of the layout's
 * span in rows of 16 (address on the left, value in each cell); each item's
 * bytes in its own colour, labelled with its index; one arrow per dimension
 * from the first item to the next one along it, labelled with the stride
 * (the step in bytes, negative going back; along a dimension with a
 * suboffset, from the first stored pointer to the next); for PIL-style
 * buffers the stored pointers and arrows from each to where it leads (its
 * suboffset added). Drawn from minipy's `pyobj` layout model, the one `pyobj.show()`
 * draws in the terminal.
 */
import type { BufferLayout, LayoutItem } from "minipy";

const SVG = "http://www.w3.org/2000/svg";
const PER_ROW = 16;
const CELL_W = 36;
const CELL_H = 36;
/** Room between rows for the stride arcs of the next row and the buf marker of this one. */
const ROW_GAP = 64;
const LEFT = 76;
const TOP = 84;
/** Bytes drawn at most; the rest is said in a note. */
const MAX_BYTES = 512;

function node<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function tuple(v: readonly number[] | null): string {
  if (v === null) return "None";
  return v.length === 1 ? `(${v[0]},)` : `(${v.join(", ")})`;
}

/** The colour of the n-th item (hues spread by the golden angle). */
function colour(n: number): string {
  return `hsl(${(n * 137.508) % 360}, 70%, 78%)`;
}

/** Draws `layout` (of the view called `name`) into a new SVG element. */
export function layoutSvg(layout: BufferLayout, name: string): SVGSVGElement {
  const { span, info } = layout;
  const total = span.end - span.start;
  const shown = Math.min(total, MAX_BYTES);
  const rows = Math.max(1, Math.ceil(shown / PER_ROW));
  const width = LEFT + PER_ROW * CELL_W + 20;
  const height = TOP + rows * (CELL_H + ROW_GAP) + 40;
  const svg = node("svg", {
    xmlns: SVG,
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    class: "layout",
    "data-shape": tuple(info.shape),
    "data-strides": tuple(info.strides),
    "data-items": layout.itemCount,
  });
  const defs = node("defs", {});
  const marker = node("marker", {
    id: "arrow",
    viewBox: "0 0 10 10",
    refX: 9,
    refY: 5,
    markerWidth: 7,
    markerHeight: 7,
    orient: "auto-start-reverse",
  });
  marker.append(node("path", { d: "M0,0 L10,5 L0,10 z", fill: "#333" }));
  defs.append(marker);
  svg.append(defs);

  const fmt = info.format === null ? "'B'" : `'${info.format}'`;
  svg.append(
    node(
      "text",
      { x: 8, y: 18, class: "title" },
      `${name}: format ${fmt}, itemsize ${info.itemsize}, shape ${tuple(info.shape)}, strides ${tuple(info.strides)}` +
        (info.suboffsets === null ? "" : `, suboffsets ${tuple(info.suboffsets)}`) +
        `${info.readonly ? ", read-only" : ""}`,
    ),
  );

  const cellOf = (addr: number): { x: number; y: number } | null => {
    const o = addr - span.start;
    if (o < 0 || o >= shown) return null;
    return { x: LEFT + (o % PER_ROW) * CELL_W, y: TOP + Math.floor(o / PER_ROW) * (CELL_H + ROW_GAP) };
  };

  // Which item (ordinal) or pointer covers each byte.
  const owner = new Int32Array(shown).fill(-1);
  layout.items.forEach((it, n) => {
    for (let a = Math.max(it.start, span.start); a < Math.min(it.end, span.start + shown); a++)
      owner[a - span.start] = n;
  });
  const isPointer = new Uint8Array(shown);
  for (const p of layout.pointers) {
    for (let a = Math.max(p.start, span.start); a < Math.min(p.end, span.start + shown); a++)
      isPointer[a - span.start] = 1;
  }

  for (let r = 0; r < rows; r++) {
    const y = TOP + r * (CELL_H + ROW_GAP);
    svg.append(
      node(
        "text",
        { x: LEFT - 8, y: y + 21, class: "addr", "text-anchor": "end" },
        `0x${(span.start + r * PER_ROW).toString(16)}`,
      ),
    );
  }
  for (let o = 0; o < shown; o++) {
    const { x, y } = cellOf(span.start + o)!;
    const n = owner[o]!;
    const fill = isPointer[o] ? "#ffd27f" : n >= 0 ? colour(n) : "#eee";
    svg.append(
      node("rect", {
        x,
        y,
        width: CELL_W - 2,
        height: CELL_H,
        fill,
        stroke: "#999",
        class: isPointer[o] ? "ptr" : n >= 0 ? "byte used" : "byte",
      }),
      node(
        "text",
        { x: x + CELL_W / 2 - 1, y: y + 15, class: "hex", "text-anchor": "middle" },
        layout.bytes[o]!.toString(16).padStart(2, "0"),
      ),
    );
  }
  // Items: an outline over their bytes and the index under the first byte.
  layout.items.forEach((it, n) => {
    const first = cellOf(it.start);
    if (first === null) return;
    const label = it.index.length === 0 ? "()" : it.index.join(",");
    svg.append(
      node("rect", {
        x: first.x,
        y: first.y,
        width: Math.min(it.end - it.start, PER_ROW - ((it.start - span.start) % PER_ROW)) * CELL_W - 2,
        height: CELL_H,
        fill: "none",
        stroke: "#333",
        "stroke-width": 1.5,
        class: "item",
        "data-index": label,
        "data-ordinal": n,
      }),
      node("text", { x: first.x + 3, y: first.y + 31, class: "index" }, `[${label}]`),
    );
  });
  // buf: where the first item is looked for.
  const bufCell = cellOf(info.buf);
  if (bufCell !== null) {
    // Under the cell, pointing up at it.
    const below = bufCell.y + CELL_H;
    svg.append(
      node("line", {
        x1: bufCell.x + 10,
        y1: below + 20,
        x2: bufCell.x + 10,
        y2: below + 3,
        stroke: "#a00",
        "marker-end": "url(#arrow)",
      }),
      node("text", { x: bufCell.x + 2, y: below + 32, class: "buf" }, "buf"),
    );
  }
  // Strides: from item 0 to the next item along each dimension; longer arcs above shorter ones.
  const byIndex = new Map<string, LayoutItem>();
  for (const it of layout.items) byIndex.set(it.index.join(","), it);
  const origin = layout.items[0];
  const arcs: { d: number; stride: number; a: { x: number; y: number }; b: { x: number; y: number } }[] = [];
  layout.steps.forEach((step, d) => {
    if (origin === undefined || step.extent < 2) return;
    const next = byIndex.get(origin.index.map((v, i) => (i === d ? v + 1 : v)).join(","));
    if (next === undefined) return;
    // Along a dimension with a suboffset the stride steps through the stored pointers, not the items.
    const via = (it: LayoutItem) =>
      step.suboffset !== null && step.suboffset >= 0 ? it.hops.find((h) => h.dim === d)?.at : it.start;
    const from = via(origin);
    const to = via(next);
    const a = from === undefined ? null : cellOf(from);
    const b = to === undefined ? null : cellOf(to);
    if (a !== null && b !== null) arcs.push({ d, stride: step.stride, a, b });
  });
  arcs.sort(
    (p, q) =>
      Math.abs(p.b.x - p.a.x) + Math.abs(p.b.y - p.a.y) - (Math.abs(q.b.x - q.a.x) + Math.abs(q.b.y - q.a.y)),
  );
  arcs.forEach(({ d, stride, a, b }, rank) => {
    const lift = 24 + 20 * rank;
    const x1 = a.x + CELL_W / 2;
    const x2 = b.x + CELL_W / 2;
    const top = Math.min(a.y, b.y) - lift;
    // A cubic whose control points are both at `top` peaks 3/4 of the way up.
    const apex = Math.min(a.y, b.y) - 0.75 * lift;
    svg.append(
      node("path", {
        d: `M${x1},${a.y} C${x1},${top} ${x2},${top} ${x2},${b.y}`,
        fill: "none",
        stroke: `hsl(${210 + 60 * d}, 60%, 40%)`,
        "stroke-width": 2,
        "marker-end": "url(#arrow)",
        class: "stride",
        "data-dim": d,
        "data-stride": stride,
      }),
      node(
        "text",
        { x: (x1 + x2) / 2, y: apex - 4, class: "stride-label", "text-anchor": "middle" },
        `dim ${d}: stride ${stride >= 0 ? "+" : ""}${stride}`,
      ),
    );
  });
  // Suboffsets: each stored pointer to where it leads.
  const drawn = new Set<string>();
  for (const it of layout.items) {
    for (const h of it.hops) {
      const key = `${h.at}>${h.to}`;
      if (drawn.has(key)) continue;
      drawn.add(key);
      const a = cellOf(h.at);
      const b = cellOf(h.to);
      if (a === null || b === null) continue;
      svg.append(
        node("path", {
          d: `M${a.x + CELL_W / 2},${a.y + CELL_H} C${a.x + CELL_W / 2},${a.y + CELL_H + 30} ${b.x + CELL_W / 2},${b.y + CELL_H + 30} ${b.x + CELL_W / 2},${b.y + CELL_H}`,
          fill: "none",
          stroke: "#c77700",
          "stroke-dasharray": "4 3",
          "marker-end": "url(#arrow)",
          class: "hop",
        }),
      );
    }
  }
  const notes: string[] = [];
  if (total > shown) notes.push(`first ${shown} of ${total} bytes drawn`);
  if (layout.truncated) notes.push(`${layout.items.length} of ${layout.itemCount} items`);
  if (layout.itemCount === 0) notes.push("no items (a dimension of length 0)");
  if (notes.length > 0) {
    svg.append(node("text", { x: 8, y: height - 12, class: "note" }, notes.join("; ")));
  }
  return svg;
}
