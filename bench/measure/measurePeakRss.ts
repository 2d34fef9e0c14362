import type { Contender, ScenarioRequest } from '../contenders/Contender';
import { runLoad } from '../load/runLoad';
import { RssSampler } from '../memory/RssSampler';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import type { ChildServer } from '../processes/ChildProcessGroup';
import { freePort } from '../processes/freePort';
import type { HeapSetting, PeakRssResult } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';
import { median, rotated } from './rounds';
import { round } from './round';

/** One process of the memory comparison. */
export interface MemoryRun {
  contender: Contender;
  label: string;
  heap: HeapSetting;
  nodeOptions: string;
  /** Variables over the contender's own (HEAP_SIZING=off for Node's default heap sizing). */
  env?: NodeJS.ProcessEnv;
}

interface Running {
  run: MemoryRun;
  server: ChildServer;
  prepared: ScenarioRequest;
  origin: string;
  sampler: RssSampler;
  launcherSampler: RssSampler | undefined;
  result: PeakRssResult;
}

/** Leftover requests of a 64-connection run can take seconds to finish their upstream calls. */
const QUIET_TIMEOUT_MS = 60_000;

/**
 * Peak RSS of fresh processes while `scenario` runs at `memoryConnections` connections: every run
 * in `runs` started at once, then interleaved rounds (one run each per round, the order rotating),
 * waiting between runs until no upstream call is in flight. The peak is the kernel's high-water
 * mark of the process serving requests (for the gateway, the process its launcher re-executed);
 * the rounds' requests per second give each run's throughput, comparable round by round.
 */
export async function measurePeakRss(
  session: BenchSession,
  runs: readonly MemoryRun[],
  scenario: Scenario,
): Promise<PeakRssResult[]> {
  const { profile, fixtures } = session;
  const plan = planUpstreamCalls(scenario.document, scenario.variables(fixtures));
  await session.emulator.reset();
  const running: Running[] = [];
  try {
    for (const run of runs) {
      const port = await freePort();
      const server = await session.processes.start(
        run.contender.spec({
          ...session.contenderEnv(port),
          nodeOptions: run.nodeOptions,
          ...(run.env ? { env: run.env } : {}),
        }),
      );
      const sampler = new RssSampler(server.serverPid, 100);
      sampler.start();
      let launcherSampler: RssSampler | undefined;
      if (server.serverPid !== server.pid) {
        launcherSampler = new RssSampler(server.pid, 1_000);
        launcherSampler.start();
      }
      running.push({
        run,
        server,
        prepared: run.contender.prepare(scenario, fixtures, plan),
        origin: `http://127.0.0.1:${port}`,
        sampler,
        launcherSampler,
        result: {
          contender: run.contender.id,
          label: run.label,
          heap: run.heap,
          nodeOptions: run.nodeOptions,
          scenario: scenario.id,
          connections: profile.memoryConnections,
          peakRssMB: null,
          launcherPeakRssMB: null,
          requestsPerSecond: null,
          requestsPerSecondByRound: [],
          failedRequests: 0,
        },
      });
    }
    for (let r = 0; r < profile.memoryRounds; r++) {
      for (const entry of rotated(running, r)) {
        await session.emulator.waitForQuiet(150, QUIET_TIMEOUT_MS);
        const outcome = await runLoad({
          origin: entry.origin,
          requests: [entry.prepared.request],
          connections: profile.memoryConnections,
          durationSeconds: profile.memorySeconds,
          verifyBody: entry.prepared.verifyBody,
        });
        entry.result.requestsPerSecondByRound.push(round(outcome.requestsPerSecond, 1));
        entry.result.failedRequests += outcome.non2xx + outcome.errors + outcome.mismatches;
      }
    }
    for (const { result } of running) {
      result.requestsPerSecond = round(median(result.requestsPerSecondByRound), 1);
      if (result.failedRequests > 0) {
        result.problem = `${result.failedRequests} requests failed or answered wrongly`;
      }
    }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    for (const { result } of running) result.problem ??= problem;
  } finally {
    for (const entry of running) {
      entry.result.peakRssMB = mb(entry.sampler.stop().peakRssBytes);
      if (entry.launcherSampler) {
        entry.result.launcherPeakRssMB = mb(entry.launcherSampler.stop().peakRssBytes);
      }
    }
    await Promise.all(running.map((entry) => entry.server.stop()));
  }
  return running.map((entry) => entry.result);
}
