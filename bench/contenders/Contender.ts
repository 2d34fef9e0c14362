import type { BenchFixtures } from '../fixtures/BenchFixtures';
import type { LoadRequest } from '../load/runLoad';
import type { UpstreamPlan } from '../plan/UpstreamPlan';
import type { ChildServerSpec } from '../processes/ChildProcessGroup';
import type { Scenario } from '../scenarios/Scenario';

export type ContenderId = 'gateway' | 'naive-peer' | 'floor';

/** What every contender process is given. */
export interface ContenderEnvironment {
  repoRoot: string;
  /** Where the transpiled benchmark servers live. */
  benchBuildDir: string;
  port: number;
  /** The emulator's base URL. */
  emulatorEndpoint: string;
  /** NODE_OPTIONS for the process ('' for none). */
  nodeOptions: string;
  /** Variables set last, over the contender's own (e.g. `CACHE=memory`, `HEAP_SIZING=off`). */
  env?: NodeJS.ProcessEnv;
}

/** A scenario prepared for one contender: its request and how to check an answer. */
export interface ScenarioRequest {
  request: LoadRequest;
  /** Full check of one answer (status already 2xx); returns a problem or undefined. */
  answerProblem(body: string): string | undefined;
  /** Cheap check applied to every answer under load. */
  verifyBody(body: string): boolean;
}

/** A server under test, started as its own process. */
export interface Contender {
  id: ContenderId;
  label: string;
  spec(env: ContenderEnvironment): ChildServerSpec;
  prepare(scenario: Scenario, fixtures: BenchFixtures, plan: UpstreamPlan): ScenarioRequest;
}
