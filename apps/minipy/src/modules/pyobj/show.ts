/**
 * The terminal renderer of a `BufferLayout` (`pyobj.show(o)`): the `Py_buffer`
 * fields, then the bytes the buffer spans, 16 per row in hex, with under
 * them the items that cover them (`[0]`, `[1, 2]`…), the bytes that hold
 * PIL pointers (`p`), the strides as steps per dimension, and the pointer
 * chain followed to reach each item when there are suboffsets.
 *
 * Plain text only (no colours, no box characters wider than one column), so
 * a transcript can test it and any terminal can show it.
 */
import type { BufferLayout, ByteRange, LayoutItem } from "./buffer-layout.js";

const PER_ROW = 16;
/** More item lanes than this over one row are summarised. */
const MAX_LANES = 4;
/** At most this many rows of bytes are drawn. */
const MAX_ROWS = 32;
/** At most this many pointer chains are listed. */
const MAX_CHAINS = 8;

function hex(n: number): string {
  return n < 0 ? `-0x${(-n).toString(16)}` : `0x${n.toString(16)}`;
}

function tuple(a: readonly number[] | null): string {
  if (a === null) return "None";
  return a.length === 1 ? `(${a[0]},)` : `(${a.join(", ")})`;
}

/** An item's label in the drawing: its indices (`2`, `0,1`, `()` for a 0-d item). */
function indexLabel(index: readonly number[]): string {
  return index.length === 0 ? "()" : index.join(",");
}

/** The index tuple as the pointer list prints it: `[0,1]`. */
function indexText(index: readonly number[]): string {
  return `[${index.join(",")}]`;
}

/** The header lines: every field of the `Py_buffer`. */
function headerLines(l: BufferLayout, title: string): string[] {
  const i = l.info;
  const obj = i.obj === null ? "NULL" : `${i.obj.type} ${i.obj.repr}`;
  const fmt = i.format === null ? "NULL ('B')" : `'${i.format}'`;
  const lines = [
    `${title}`,
    `  buf ${hex(i.buf)} (${i.memory === "C heap" ? "C heap address" : "offset in the exporter's own memory"})` +
      `  len ${i.len}  itemsize ${i.itemsize}  readonly ${i.readonly ? 1 : 0}`,
    `  ndim ${i.ndim}  format ${fmt}  shape ${tuple(i.shape)}  strides ${tuple(i.strides)}  suboffsets ${tuple(i.suboffsets)}`,
    `  obj ${obj}`,
  ];
  if (i.address !== null) lines.splice(1, 0, `  the Py_buffer struct C sees is at ${hex(i.address)}`);
  return lines;
}

/** The steps: how the address moves along each dimension. */
function stepLines(l: BufferLayout): string[] {
  if (l.steps.length === 0) return ["  steps: none (0-d: one item at buf)"];
  const out = ["  steps (address of item [i0, i1, ...] = buf + i0*strides[0] + i1*strides[1] + ...):"];
  for (const s of l.steps) {
    const sign = s.stride >= 0 ? "+" : "-";
    let line = `    dim ${s.dim}: ${s.extent} item${s.extent === 1 ? "" : "s"}, step ${sign}${Math.abs(s.stride)} byte${Math.abs(s.stride) === 1 ? "" : "s"}`;
    if (s.suboffset !== null)
      line += `, then follow the pointer stored there and add suboffset ${s.suboffset}`;
    out.push(line);
  }
  return out;
}

/** Assigns each item of a row to a lane so that items in a lane do not overlap. */
function lanesFor(items: LayoutItem[]): LayoutItem[][] {
  const lanes: LayoutItem[][] = [];
  for (const it of items) {
    let placed = false;
    for (const lane of lanes) {
      if (lane.every((o) => o.end <= it.start || o.start >= it.end)) {
        lane.push(it);
        placed = true;
        break;
      }
    }
    if (!placed) lanes.push([it]);
  }
  return lanes;
}

/**
 * One lane of item marks under a row of bytes starting at `rowStart`: `[-3-]`
 * over an item's bytes, its label inside when it fits (a one-byte item: the
 * label alone), else the brackets only.
 */
function laneLine(
  lane: LayoutItem[],
  rowStart: number,
  width: number,
  labelOf: (it: LayoutItem) => string,
): string {
  const cells = new Array<string>(width * 3).fill(" ");
  // One-byte items whose label is too long show its last two characters; the lane then names its range.
  let cut: [string, string] | null = null;
  for (const it of lane) {
    const a = Math.max(it.start, rowStart) - rowStart;
    const b = Math.min(it.end, rowStart + width) - rowStart;
    if (b <= a) continue;
    const from = a * 3;
    const to = b * 3 - 1; // exclusive column
    const openL = it.start >= rowStart;
    const openR = it.end <= rowStart + width;
    const label = labelOf(it);
    const span = to - from;
    const body: string[] = new Array<string>(span).fill("-");
    if (openL) body[0] = "[";
    if (openR) body[span - 1] = "]";
    if (span === 2 && openL && openR) {
      // a one-byte item: its label alone, right-aligned (its last two characters when longer)
      const shown = label.length <= 2 ? label.padStart(2) : label.slice(-2);
      body[0] = shown[0]!;
      body[1] = shown[1]!;
      if (label.length > 2) cut = cut === null ? [label, label] : [cut[0], label];
    } else if (label.length <= span - (openL ? 1 : 0) - (openR ? 1 : 0)) {
      const at = Math.floor((span - label.length) / 2);
      for (let k = 0; k < label.length; k++) body[at + k] = label[k]!;
    }
    for (let k = 0; k < span; k++) cells[from + k] = body[k]!;
  }
  const line = cells.join("").trimEnd();
  if (cut === null) return line;
  return `${line}  <- ${cut[0] === cut[1] ? `item ${cut[0]}` : `items ${cut[0]}..${cut[1]}`}`;
}

/**
 * The byte rows: offsets, hex values, item lanes, pointer marks. Only rows that
 * hold an item or a pointer are drawn (the bytes between are counted), at most
 * MAX_ROWS of them: the work is proportional to the items drawn, not to the span.
 */
function byteLines(l: BufferLayout, labelOf: (it: LayoutItem) => string): string[] {
  const out: string[] = [];
  const { start, end } = l.span;
  if (end <= start) return ["  (no bytes: the buffer is empty)"];
  // row start -> the items and pointers over it
  const rows = new Map<number, { items: LayoutItem[]; pointers: ByteRange[] }>();
  const at = (row: number) => {
    let r = rows.get(row);
    if (r === undefined) {
      r = { items: [], pointers: [] };
      rows.set(row, r);
    }
    return r;
  };
  const rowOf = (x: number): number => Math.floor(x / PER_ROW) * PER_ROW;
  for (const it of l.items) {
    for (let row = rowOf(it.start); row < Math.max(it.end, it.start + 1); row += PER_ROW)
      at(row).items.push(it);
  }
  for (const p of l.pointers)
    for (let row = rowOf(p.start); row < p.end; row += PER_ROW) at(row).pointers.push(p);
  const pad = Math.max(4, hex(end).length);
  const indent = " ".repeat(pad + 4);
  let next = rowOf(start);
  let drawn = 0;
  const sorted = [...rows.keys()].sort((a, b) => a - b);
  for (const row of sorted) {
    if (drawn === MAX_ROWS) {
      out.push(`  ... ${sorted.length - drawn} more rows with items are not drawn`);
      break;
    }
    const gap = Math.min(row, end) - Math.max(next, start);
    if (gap > 0) out.push(`  ... ${gap} bytes the buffer does not use ...`);
    next = row + PER_ROW;
    drawn++;
    const cols: string[] = [];
    for (let x = row; x < row + PER_ROW; x++) {
      if (x < start || x >= end) cols.push("  ");
      else {
        const v = l.bytes[x - start];
        cols.push(v === undefined ? "??" : v.toString(16).padStart(2, "0"));
      }
    }
    out.push(`  ${hex(row).padStart(pad)}  ${cols.join(" ").trimEnd()}`);
    const { items, pointers } = rows.get(row)!;
    const lanes = lanesFor(items);
    for (const lane of lanes.slice(0, MAX_LANES))
      out.push(`${indent}${laneLine(lane, row, PER_ROW, labelOf)}`);
    if (lanes.length > MAX_LANES) {
      const more = lanes.slice(MAX_LANES).reduce((n, lane) => n + lane.length, 0);
      out.push(`${indent}(+${more} more item${more === 1 ? "" : "s"} over these bytes)`);
    }
    if (pointers.length > 0) {
      const cells = new Array<string>(PER_ROW * 3).fill(" ");
      for (const p of pointers) {
        for (let x = Math.max(p.start, row); x < Math.min(p.end, row + PER_ROW); x++) {
          cells[(x - row) * 3] = "p";
          cells[(x - row) * 3 + 1] = "p";
        }
      }
      out.push(`${indent}${cells.join("").trimEnd()}  <- pointers`);
    }
  }
  return out;
}

/** The pointer chains followed to reach the first items (suboffsets only). */
function chainLines(l: BufferLayout): string[] {
  const withHops = l.items.filter((it) => it.hops.length > 0);
  if (withHops.length === 0) return [];
  const out = ["  pointers followed (suboffsets):"];
  for (const it of withHops.slice(0, MAX_CHAINS)) {
    const hops = it.hops
      .map((h) => `dim ${h.dim}: *${hex(h.at)} = ${hex(h.target)}, +${h.suboffset} -> ${hex(h.to)}`)
      .join("; ");
    out.push(`    ${indexText(it.index)} ${hops}; item at ${hex(it.start)}`);
  }
  if (withHops.length > MAX_CHAINS) out.push(`    ... and ${withHops.length - MAX_CHAINS} more`);
  return out;
}

/**
 * The drawing of `l` as lines of text. `title` names the object drawn
 * (`memoryview of bytearray`...).
 */
export function renderLayout(l: BufferLayout, title: string): string[] {
  const lines = headerLines(l, title);
  lines.push(
    `  ${l.itemCount} item${l.itemCount === 1 ? "" : "s"} of ${l.info.itemsize} byte${l.info.itemsize === 1 ? "" : "s"}` +
      (l.truncated ? ` (the first ${l.items.length} drawn)` : "") +
      `; bytes ${hex(l.span.start)}..${hex(l.span.end)}`,
  );
  lines.push(...stepLines(l));
  // Items are labelled by their indices when every label fits over its bytes, else by number.
  const fits = (it: LayoutItem): boolean => {
    const span = (it.end - it.start) * 3 - 1;
    const label = indexLabel(it.index);
    return span === 2 ? label.length <= 2 : label.length <= span - 2;
  };
  const useNumbers = l.info.ndim > 1 && !l.items.every(fits);
  const number = new Map(l.items.map((it, n) => [it, n]));
  lines.push(...byteLines(l, useNumbers ? (it) => String(number.get(it)) : (it) => indexLabel(it.index)));
  if (useNumbers) {
    const shape = l.steps.map((s) => s.extent);
    const terms = shape.map((_, d) => {
      const mult = shape.slice(d + 1).reduce((a, b) => a * b, 1);
      return mult === 1 ? `i${d}` : `i${d}*${mult}`;
    });
    lines.push(`  (items numbered in index order: item [i0, i1, ...] is number ${terms.join(" + ")})`);
  }
  lines.push(...chainLines(l));
  return lines;
}
