/**
 * The reading side of `fixture_transcripts.py`: tests look up what CPython
 * 3.11 printed for a line of a session that a package's
 * `test/fixtures/gen_transcripts.py` lists. Each package's test helper binds
 * it to its own `fixtures/transcripts.json` (imported by relative path).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The sessions of the `transcripts.json` at `url`: `transcripts(url)(name)`
 * is a look-up `py(line)` of what CPython 3.11 printed for `line` (repr of
 * the value, print()'s text, or `Type: message`; addresses as `0x?`), the
 * line's first occurrence after the previous look-up, so repeated lines (`a`
 * after each mutation) follow the session's order.
 */
export function transcripts(url: URL): (name: string) => (line: string) => string {
  const file = JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as {
    sessions: Record<string, [string, string][]>;
  };
  return (name) => {
    const rows = file.sessions[name];
    if (!rows) throw new Error(`no session ${JSON.stringify(name)} in transcripts.json (gen_transcripts.py)`);
    let next = 0;
    return (line) => {
      for (let i = next; i < rows.length; i++) {
        if (rows[i]![0] === line) {
          next = i + 1;
          return rows[i]![1];
        }
      }
      throw new Error(
        `session ${JSON.stringify(name)} has no line ${JSON.stringify(line)} after row ${next}`,
      );
    };
  };
}
