/** Ends an exhaustive `switch`: a compile error when a case is missing, a thrown bug report at run time. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
