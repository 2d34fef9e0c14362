/** Rounds to a fixed number of decimal digits (for readable results). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
