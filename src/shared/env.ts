/**
 * Environment-variable parsing shared by the gateway (src/config.ts) and the emulator's CLI
 * (src/emulator/envOptions.ts), so both accept the same spellings and word their refusals the same
 * way. This folder imports nothing from either side: the emulator stays a stand-alone library.
 */

/** AWS region names such as `us-east-1` or `us-gov-west-1`. */
export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * EMULATOR_PORT's default for both `npm start` and `npm run emulator`: clear of LocalStack's 4566,
 * which AWS developers often already have running.
 */
export const DEFAULT_EMULATOR_PORT = 4610;

/** What `process.env` looks like to the reader (plain objects work in tests). */
export type Env = Readonly<Record<string, string | undefined>>;

export interface IntegerRange {
  min: number;
  max: number;
}

/**
 * Typed accessors over an environment that record a problem (naming the variable, the accepted
 * values and what was received) instead of throwing, so one start reports every bad variable at
 * once. Unset and blank variables count as absent and yield the fallback; an invalid value yields
 * the fallback too, after its problem is recorded. Callers throw their own error when
 * `problems` is not empty.
 */
export class EnvReader {
  private readonly recorded: string[] = [];

  constructor(private readonly env: Env) {}

  /** Every problem recorded so far, in the order the variables were read. */
  get problems(): readonly string[] {
    return this.recorded;
  }

  /** Records a problem that the typed accessors cannot express (e.g. a rule spanning variables). */
  problem(message: string): void {
    this.recorded.push(message);
  }

  /**
   * The variable's value, or `undefined` when it is unset or blank. Trimmed unless `trim` is false
   * (for secrets, where every byte counts).
   */
  optional(name: string, { trim = true }: { trim?: boolean } = {}): string | undefined {
    const raw = this.env[name];
    if (raw === undefined || raw.trim() === '') return undefined;
    return trim ? raw.trim() : raw;
  }

  oneOf<T extends string>(name: string, accepted: readonly T[], fallback: T): T;
  oneOf<T extends string>(name: string, accepted: readonly T[]): T | undefined;
  oneOf<T extends string>(name: string, accepted: readonly T[], fallback?: T): T | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if ((accepted as readonly string[]).includes(value)) return value as T;
    return this.refuse(name, `one of ${accepted.join(', ')}`, fallback);
  }

  /** A whole number written in decimal digits only (no sign, exponent or fraction) within `range`. */
  integer(name: string, range: IntegerRange, fallback: number): number;
  integer(name: string, range: IntegerRange): number | undefined;
  integer(name: string, { min, max }: IntegerRange, fallback?: number): number | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    const number = Number(value);
    if (/^\d+$/.test(value) && Number.isSafeInteger(number) && number >= min && number <= max) {
      return number;
    }
    return this.refuse(name, `an integer from ${min} to ${max}`, fallback);
  }

  /** Exactly `true` or `false`: anything else is more likely a typo than a deliberate choice. */
  boolean(name: string, fallback: boolean): boolean;
  boolean(name: string): boolean | undefined;
  boolean(name: string, fallback?: boolean): boolean | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (value === 'true' || value === 'false') return value === 'true';
    return this.refuse(name, 'true or false', fallback);
  }

  /** A value matching `pattern`; `expected` describes it for the message (e.g. "a 12-digit AWS account id"). */
  matching(name: string, pattern: RegExp, expected: string, fallback: string): string;
  matching(name: string, pattern: RegExp, expected: string): string | undefined;
  matching(name: string, pattern: RegExp, expected: string, fallback?: string): string | undefined {
    const value = this.optional(name);
    if (value === undefined) return fallback;
    if (pattern.test(value)) return value;
    return this.refuse(name, expected, fallback);
  }

  private refuse<T>(name: string, expected: string, fallback: T): T {
    this.recorded.push(`${name} must be ${expected}; got ${JSON.stringify(this.env[name])}`);
    return fallback;
  }
}
