/**
 * Checked mode of the C-API façade. The switch is the one of `@py/object`
 * (`setCheckedMode`): when it is on, every misuse the façade detects is also
 * recorded here in plain words (function name, object type and repr), and
 * the bookkeeping needed for leak reports is kept. When it is off only the
 * cheap checks run (stale handles, bad addresses), which still turn into a
 * `SystemError` rather than a crash.
 */
import { describe, isCheckedMode, type PyObject } from "@py/object";

const reports: string[] = [];

/** Records a misuse (checked mode only; a no-op otherwise). */
export function capiReport(msg: string): void {
  if (isCheckedMode()) reports.push(msg);
}

/** The misuse reports recorded by the façade in checked mode, oldest first. */
export function capiReports(): readonly string[] {
  return reports;
}

/** Forgets the recorded misuse reports. */
export function capiClearReports(): void {
  reports.length = 0;
}

/** `type object repr` for a report; never throws. */
export function describeObject(o: PyObject): string {
  return describe(o);
}

/** An address as C prints `%p`. */
export function hexAddr(addr: number): string {
  return `0x${addr.toString(16)}`;
}
