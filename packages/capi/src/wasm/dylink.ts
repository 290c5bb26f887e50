/**
 * The `dylink.0` custom section of a side module (the WebAssembly
 * dynamic-linking convention, tool-conventions/DynamicLinking.md): how much
 * memory and how many table slots the module needs.
 */
export interface DylinkInfo {
  memorySize: number;
  /** log2 of the data alignment. */
  memoryAlign: number;
  tableSize: number;
  tableAlign: number;
  /** Other side modules this one needs (`WASM_DYLINK_NEEDED`). */
  needed: string[];
}

/** Reads the `dylink.0` section of `module`; null if it is not a side module. */
export function readDylink(module: WebAssembly.Module): DylinkInfo | null {
  const sections = WebAssembly.Module.customSections(module, "dylink.0");
  if (sections.length === 0) return null;
  const b = new Uint8Array(sections[0]!);
  let p = 0;
  const u32 = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = b[p++]!;
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const info: DylinkInfo = { memorySize: 0, memoryAlign: 0, tableSize: 0, tableAlign: 0, needed: [] };
  while (p < b.length) {
    const kind = b[p++]!;
    const len = u32();
    const end = p + len;
    if (kind === 1) {
      info.memorySize = u32();
      info.memoryAlign = u32();
      info.tableSize = u32();
      info.tableAlign = u32();
    } else if (kind === 2) {
      const n = u32();
      for (let i = 0; i < n; i++) {
        const l = u32();
        info.needed.push(new TextDecoder().decode(b.subarray(p, p + l)));
        p += l;
      }
    }
    p = end;
  }
  return info;
}
