import type { Contender, ScenarioRequest } from '../contenders/Contender';
import { planPages } from '../fixtures/planPages';
import { runLoad } from '../load/runLoad';
import type { LoadResult } from '../load/runLoad';
import { percentile } from '../load/percentile';
import { readProcessMemory } from '../memory/readProcessMemory';
import { RssSampler } from '../memory/RssSampler';
import { countMinimumCalls } from '../plan/countMinimumCalls';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import type { ChildServer } from '../processes/ChildProcessGroup';
import { freePort } from '../processes/freePort';
import type { CellResult, LatencyFigures, ThroughputComparison } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';
import { median, ratioSummary, rotated } from './rounds';
import { round } from './round';

const RSS_SAMPLE_INTERVAL_MS = 200;

/** One contender's process during a scenario, and the cell it fills. */
interface Running {
  contender: Contender;
  prepared: ScenarioRequest;
  origin: string;
  server: ChildServer;
  sampler: RssSampler;
  cell: CellResult;
}

/**
 * Measures one scenario on every contender, each in a fresh process, all started on a freshly
 * reset emulator and alive together, so that their runs can alternate:
 *
 * 1. one checked answer and a warm-up each;
 * 2. upstream calls per query, each contender alone (the emulator's counters are global);
 * 3. latency on one connection at 0 ms, then at the injected upstream latency: interleaved rounds,
 *    every round one short run per contender, latencies pooled per contender;
 * 4. requests per second at `throughputConnections`: interleaved rounds (the order rotating each
 *    round), waiting between runs until no upstream call is in flight. On a shared machine the
 *    throughput available swings within minutes: two contenders measured minutes apart are not
 *    comparable, two measured in the same round are. The comparisons are the per-round ratios.
 *
 * A contender that answers wrongly gets a `problem` and is left out of the later steps.
 */
export async function measureScenario(
  session: BenchSession,
  contenders: readonly Contender[],
  scenario: Scenario,
): Promise<{ cells: CellResult[]; comparisons: ThroughputComparison[] }> {
  const { profile, emulator, fixtures } = session;
  const variables = scenario.variables(fixtures);
  const plan = planUpstreamCalls(scenario.document, variables);
  const minimum = countMinimumCalls(plan, planPages(fixtures));

  await emulator.reset();
  const running: Running[] = [];
  try {
    for (const contender of contenders) {
      const cell: CellResult = {
        scenario: scenario.id,
        scenarioNumber: scenario.number,
        scenarioTitle: scenario.title,
        contender: contender.id,
        minimumUpstreamCalls: minimum.total,
        minimumUpstreamCallsByOperation: minimum.byOperation,
        upstreamCallsPerQuery: null,
        upstreamCallsPerQueryByOperation: {},
        latencyMs: { upstream0ms: null, upstream20ms: null },
        requestsPerSecond: null,
        requestsPerSecondByRound: [],
        startRssMB: null,
        peakRssMB: null,
        failedRequests: 0,
      };
      const port = await freePort();
      const server = await session.processes.start(contender.spec(session.contenderEnv(port)));
      const atStart = readProcessMemory(server.serverPid);
      if (atStart) cell.startRssMB = mb(atStart.rssBytes);
      const sampler = new RssSampler(server.serverPid, RSS_SAMPLE_INTERVAL_MS);
      sampler.start();
      running.push({
        contender,
        prepared: contender.prepare(scenario, fixtures, plan),
        origin: `http://127.0.0.1:${port}`,
        server,
        sampler,
        cell,
      });
    }

    const load = async (
      run: Running,
      connections: number,
      amount: { seconds?: number; requests?: number },
    ): Promise<LoadResult> => {
      const outcome = await runLoad({
        origin: run.origin,
        requests: [run.prepared.request],
        connections,
        ...(amount.requests !== undefined
          ? { amount: amount.requests }
          : { durationSeconds: amount.seconds ?? 1 }),
        verifyBody: run.prepared.verifyBody,
      });
      run.cell.failedRequests += failures(outcome);
      return outcome;
    };
    // A duration-bound run ends with requests still in flight on the server: the next run starts
    // once their upstream calls are done, so it never shares the machine with them.
    const settled = () => emulator.waitForQuiet();

    let healthy: Running[] = [];
    for (const run of running) {
      const problem = await checkOneAnswer(run.origin, run.prepared);
      if (problem) {
        run.cell.problem = problem;
        continue;
      }
      await load(run, 4, { seconds: profile.warmupSeconds });
      healthy.push(run);
    }

    for (const run of healthy) {
      await settled();
      await emulator.clearCalls();
      const counted = await load(run, 4, { requests: profile.callCountRequests });
      const calls = await emulator.calls();
      if (failures(counted) > 0 || counted.requests !== profile.callCountRequests) {
        run.cell.problem = `${failures(counted)} of ${counted.requests} requests failed while counting upstream calls`;
      }
      run.cell.upstreamCallsPerQuery = round(
        Object.values(calls).reduce((sum, n) => sum + n, 0) / Math.max(1, counted.requests),
        2,
      );
      run.cell.upstreamCallsPerQueryByOperation = Object.fromEntries(
        Object.entries(calls).map(([operation, n]) => [
          operation,
          round(n / Math.max(1, counted.requests), 2),
        ]),
      );
    }
    healthy = healthy.filter((run) => !run.cell.problem);

    const latencyRounds = async (): Promise<Map<Running, LatencyFigures>> => {
      const pooled = new Map<Running, number[]>(healthy.map((run) => [run, []]));
      for (let r = 0; r < profile.latencyRounds; r++) {
        for (const run of rotated(healthy, r)) {
          await settled();
          const outcome = await load(run, profile.latencyConnections, {
            seconds: profile.latencySeconds,
          });
          pooled.get(run)!.push(...outcome.latenciesMs);
        }
      }
      return new Map([...pooled].map(([run, latencies]) => [run, latencyFigures(latencies)]));
    };
    for (const [run, figures] of await latencyRounds()) run.cell.latencyMs.upstream0ms = figures;
    await emulator.setLatency(profile.injectedLatencyMs);
    try {
      for (const [run, figures] of await latencyRounds()) {
        run.cell.latencyMs.upstream20ms = figures;
      }
    } finally {
      await emulator.clearFaults();
    }

    for (let r = 0; r < profile.throughputRounds; r++) {
      for (const run of rotated(healthy, r)) {
        await settled();
        const outcome = await load(run, profile.throughputConnections, {
          seconds: profile.throughputSeconds,
        });
        run.cell.requestsPerSecondByRound.push(round(outcome.requestsPerSecond, 1));
      }
    }
    for (const run of healthy) {
      run.cell.requestsPerSecond = Math.round(median(run.cell.requestsPerSecondByRound));
      if (run.cell.failedRequests > 0 && !run.cell.problem) {
        run.cell.problem = `${run.cell.failedRequests} requests failed or answered wrongly under load`;
      }
    }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    for (const run of running) run.cell.problem ??= problem;
  } finally {
    for (const run of running) {
      const { peakRssBytes } = run.sampler.stop();
      if (peakRssBytes > 0) run.cell.peakRssMB = mb(peakRssBytes);
    }
    await Promise.all(running.map((run) => run.server.stop()));
  }

  const cells = running.map((run) => run.cell);
  const byId = (id: string) => cells.find((cell) => cell.contender === id);
  const comparisons: ThroughputComparison[] = [];
  const gatewayCell = byId('gateway');
  if (gatewayCell) {
    for (const other of cells.filter((cell) => cell !== gatewayCell)) {
      comparisons.push({
        scenario: scenario.id,
        scenarioNumber: scenario.number,
        scenarioTitle: scenario.title,
        numerator: 'gateway',
        denominator: other.contender,
        ratio:
          gatewayCell.problem || other.problem
            ? null
            : ratioSummary(gatewayCell.requestsPerSecondByRound, other.requestsPerSecondByRound),
      });
    }
  }
  return { cells, comparisons };
}

export async function checkOneAnswer(
  origin: string,
  prepared: ScenarioRequest,
): Promise<string | undefined> {
  const response = await fetch(`${origin}${prepared.request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: prepared.request.body,
  });
  const body = await response.text();
  if (!response.ok) return `HTTP ${response.status}: ${body.slice(0, 500)}`;
  return prepared.answerProblem(body) ?? (prepared.verifyBody(body) ? undefined : 'answer shape');
}

export function failures(outcome: LoadResult): number {
  return outcome.non2xx + outcome.errors + outcome.mismatches;
}

export function latencyFigures(latencies: readonly number[]): LatencyFigures {
  return {
    p50: round(percentile(latencies, 50), 2),
    p99: round(percentile(latencies, 99), 2),
    requests: latencies.length,
  };
}
