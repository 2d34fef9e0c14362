import type { DocumentNode } from 'graphql';

import type { BenchFixtures } from '../fixtures/BenchFixtures';

/** One benchmark scenario: a GraphQL operation from `bench/queries/` and its variables. */
export interface Scenario {
  /** 1-based number used in tables and `--scenarios`. */
  number: number;
  /** Stable identifier used in results. */
  id: string;
  title: string;
  queryFile: string;
  source: string;
  document: DocumentNode;
  /** Creates upstream state: the emulator is reset after it. */
  mutates: boolean;
  variables(fixtures: BenchFixtures): Record<string, unknown>;
  /**
   * Checks one GraphQL `data` answer beyond the absence of errors; returns a problem or undefined.
   * Catches a server that answers quickly because it answers wrongly.
   */
  checkData(data: Record<string, unknown>, fixtures: BenchFixtures): string | undefined;
}
