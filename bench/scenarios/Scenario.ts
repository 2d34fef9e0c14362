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
  /**
   * A cached scenario: the gateway alone with its cross-request cache on (`CACHE=memory`), each
   * request for an id not asked for before (`cold`) or for the same id again (`warm`). Without
   * it, every contender with the gateway's cache off.
   */
  cache?: 'cold' | 'warm';
  /** `cold`: the variables of the `index`-th request (a different id each). */
  coldVariables?(fixtures: BenchFixtures, index: number): Record<string, unknown>;
  variables(fixtures: BenchFixtures): Record<string, unknown>;
  /**
   * Checks one GraphQL `data` answer beyond the absence of errors; returns a problem or undefined.
   * Catches a server that answers quickly because it answers wrongly.
   */
  checkData(data: Record<string, unknown>, fixtures: BenchFixtures): string | undefined;
}
