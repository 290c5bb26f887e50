/**
 * The live panels as HTML: the names of `__main__` with their refcounts
 * (click a buffer to select it), the handle table C sees, the exports of
 * each exporter with who holds them, and the selected view's `Py_buffer`
 * as the C struct.
 */
import type { BufferInfo, ExportHolder, ObjectRef } from "minipy";
import type { ExporterRow, NameRow, Snapshot } from "./inspect.js";

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function table(head: string[], rows: (Node | string)[][], cls: string): HTMLTableElement {
  return el(
    "table",
    { class: cls },
    el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map((c) => el("td", {}, c))))),
  );
}

/** The names panel; clicking a name with the buffer protocol calls `select`. */
export function renderNames(
  box: HTMLElement,
  names: NameRow[],
  selected: string | null,
  select: (name: string) => void,
): void {
  if (names.length === 0) {
    box.replaceChildren(el("p", { class: "empty" }, "No names yet: run a line."));
    return;
  }
  const t = table(
    ["name", "type", "refcount", "value"],
    names.map((n) => [n.name, n.type, n.immortal ? "immortal" : String(n.refcount), n.repr]),
    "names",
  );
  const rows = t.tBodies[0]!.rows;
  names.forEach((n, i) => {
    const tr = rows[i]!;
    tr.dataset.name = n.name;
    if (n.buffer) {
      tr.classList.add("selectable");
      tr.title = "show its Py_buffer and layout";
      tr.addEventListener("click", () => select(n.name));
    }
    if (n.name === selected) tr.classList.add("selected");
  });
  box.replaceChildren(t);
}

/** The handle table: the objects C holds a `PyObject *` to (immortal ones left out). */
export function renderHandles(box: HTMLElement, snap: Snapshot): void {
  if (snap.handles.length === 0) {
    box.replaceChildren(el("p", { class: "empty" }, "C holds no object (immortal ones aside)."));
    return;
  }
  box.replaceChildren(
    table(
      ["PyObject *", "name", "type", "refcount", "owned by C", "object"],
      snap.handles.map((h) => [
        h.handle,
        snap.nameOf.get(h.object.id) ?? "",
        h.object.type,
        String(h.refcount),
        String(h.ownedByC),
        h.object.repr,
      ]),
      "handles",
    ),
  );
}

function holderText(h: ExportHolder, nameOf: Map<string, string>): string {
  const called = (r: ObjectRef) => nameOf.get(r.id) ?? r.repr;
  switch (h.kind) {
    case "memoryview": {
      const views = h.views.map((v) => `${called(v.view)}${v.released ? " (released)" : ""}`).join(", ");
      return `managed buffer ${h.holder.id}, shared by ${h.views.length} memoryview${h.views.length === 1 ? "" : "s"}${views === "" ? "" : `: ${views}`}`;
    }
    case "C":
      return `C's Py_buffer at 0x${h.address.toString(16)} (${h.origin})`;
    case "object":
      return `${h.holder.type} ${called(h.holder)}`;
  }
}

/** Exports per object: the exporter's count and each holder. */
export function renderExports(box: HTMLElement, exporters: ExporterRow[], nameOf: Map<string, string>): void {
  if (exporters.length === 0) {
    box.replaceChildren(el("p", { class: "empty" }, "No exporter among the names."));
    return;
  }
  const items = exporters.map((x) => {
    const n = x.info.count;
    const head = el(
      "div",
      { class: "exporter" },
      el("b", {}, x.name),
      ` ${x.info.exporter.type}: `,
      el("span", { class: "count" }, n === null ? "no export count" : `${n} export${n === 1 ? "" : "s"}`),
    );
    const list = el(
      "ul",
      {},
      ...x.info.holders.map((h) => el("li", { class: `holder-${h.kind}` }, holderText(h, nameOf))),
    );
    if (x.info.unaccounted > 0) {
      list.append(el("li", { class: "leak" }, `${x.info.unaccounted} held by no object found (leaked?)`));
    }
    return el("li", { "data-exporter": x.name }, head, list);
  });
  box.replaceChildren(el("ul", { class: "exports" }, ...items));
}

function cList(v: number[] | null): string {
  return v === null ? "NULL" : `{${v.join(", ")}}`;
}

/** The selected view's `Py_buffer`, field by field as `Include/pybuffer.h` declares it. */
export function renderBufferStruct(box: HTMLElement, name: string, info: BufferInfo): void {
  const hex = (a: number) => `0x${a.toString(16)}`;
  const fields: [string, string, string][] = [
    ["void *", "buf", `${hex(info.buf)}${info.memory === "C heap" ? "" : " (exporter's own memory)"}`],
    ["PyObject *", "obj", info.obj === null ? "NULL" : `${info.obj.repr}`],
    ["Py_ssize_t", "len", String(info.len)],
    ["Py_ssize_t", "itemsize", String(info.itemsize)],
    ["int", "readonly", info.readonly ? "1" : "0"],
    ["int", "ndim", String(info.ndim)],
    ["char *", "format", info.format === null ? "NULL" : JSON.stringify(info.format)],
    ["Py_ssize_t *", "shape", cList(info.shape)],
    ["Py_ssize_t *", "strides", cList(info.strides)],
    ["Py_ssize_t *", "suboffsets", cList(info.suboffsets)],
  ];
  const where = info.address === null ? "(C has not asked for it)" : `at ${hex(info.address)}`;
  const rows = fields.map(([t, f, v]) =>
    el(
      "tr",
      { "data-field": f },
      el("td", { class: "ctype" }, t),
      el("td", { class: "field" }, f),
      el("td", { class: "value" }, v),
    ),
  );
  box.replaceChildren(
    el("div", { class: "struct-head" }, `Py_buffer of `, el("b", {}, name), ` ${where}`),
    el("table", { class: "struct" }, el("tbody", {}, ...rows)),
  );
}

/** A message in a panel (no selection, or the selection has no buffer). */
export function renderNote(box: HTMLElement, text: string): void {
  box.replaceChildren(el("p", { class: "empty" }, text));
}
