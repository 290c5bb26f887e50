import { transcripts } from "../../../tools/fixture-transcripts.js";

/**
 * A session of fixtures/gen_transcripts.py (see `tools/fixture-transcripts.ts`):
 * repeated lines (`nd.pop()` after each push) follow the session's order.
 */
export const transcript = transcripts(new URL("./fixtures/transcripts.json", import.meta.url));

/** A JS array of numbers as Python prints a list of ints. */
export const pyList = (xs: ArrayLike<number>): string => `[${Array.from(xs).join(", ")}]`;
