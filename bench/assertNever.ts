/** Marks a switch as exhaustive: compiling fails when a case is missing, running throws. */
export function assertNever(value: never): never {
  throw new Error(`unexpected value ${JSON.stringify(value)}`);
}
