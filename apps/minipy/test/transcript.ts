import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const transcripts = JSON.parse(
  readFileSync(fileURLToPath(new URL("./fixtures/transcripts.json", import.meta.url)), "utf8"),
) as { sessions: Record<string, [string, string][]> };

/**
 * A session of fixtures/gen_transcripts.py: `py(line)` is what CPython 3.11
 * printed for `line` (repr of the value, print()'s text, or `Type: message`;
 * addresses as `0x?`), the line's first occurrence after the previous look-up,
 * so repeated lines (`nd.pop()` after each push) follow the session's order.
 */
export function transcript(name: string): (line: string) => string {
  const rows = transcripts.sessions[name];
  if (!rows) throw new Error(`no session ${JSON.stringify(name)} in transcripts.json (gen_transcripts.py)`);
  let next = 0;
  return (line) => {
    for (let i = next; i < rows.length; i++) {
      if (rows[i]![0] === line) {
        next = i + 1;
        return rows[i]![1];
      }
    }
    throw new Error(`session ${JSON.stringify(name)} has no line ${JSON.stringify(line)} after row ${next}`);
  };
}

/** A JS array of numbers as Python prints a list of ints. */
export const pyList = (xs: ArrayLike<number>): string => `[${Array.from(xs).join(", ")}]`;
