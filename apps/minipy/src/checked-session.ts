/**
 * `minipy --checked`: checked mode for a whole run. Each misuse the C-API
 * façade detects is printed on stderr as it happens (`capiOnReport`), and at
 * exit whatever C still holds — references it owns, `Py_buffer` exports it
 * never released, heap blocks it corrupted — is reported (`capiCheckpoint`,
 * the leak report of `@py/capi`). Object-level misuses (`Py_DECREF` below
 * zero from TypeScript) raise as they happen.
 */
import { capiCheckpoint, capiClearReports, capiOnReport, capiReports } from "@py/capi";
import { setCheckedMode } from "@py/object";

/** What every line `--checked` prints starts with. */
export const CHECKED_PREFIX = "minipy --checked: ";

/** A run in checked mode: `finish()` prints the exit report and returns what it found. */
export interface CheckedSession {
  /** Misuses reported so far (as printed). */
  readonly reports: string[];
  /** Prints the leak report at exit; returns the leaks (one line each). */
  finish(): string[];
}

/** Turns checked mode on and starts printing reports to `stderr` as they happen. */
export function startChecked(stderr: (s: string) => void): CheckedSession {
  setCheckedMode(true);
  capiClearReports();
  // What is held before the program runs (the runtime's own) is the baseline.
  capiCheckpoint();
  const reports: string[] = [];
  const stop = capiOnReport((r) => {
    reports.push(r);
    stderr(`${CHECKED_PREFIX}${r}\n`);
  });
  return {
    reports,
    finish(): string[] {
      const before = capiReports().length;
      const found = capiCheckpoint();
      // Heap corruption found now was recorded (and printed by the listener); the rest are leaks.
      const leaks = found.slice(capiReports().length - before);
      stop();
      for (const l of leaks) stderr(`${CHECKED_PREFIX}at exit: ${l}\n`);
      const n = reports.length;
      stderr(
        `${CHECKED_PREFIX}${n === 0 ? "no" : n} misuse report${n === 1 ? "" : "s"}, ` +
          `${leaks.length === 0 ? "no" : leaks.length} leak${leaks.length === 1 ? "" : "s"} at exit\n`,
      );
      return leaks;
    },
  };
}
