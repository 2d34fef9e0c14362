import type { Contender, ScenarioRequest } from '../contenders/Contender';
import { runLoad } from '../load/runLoad';
import type { LoadResult } from '../load/runLoad';
import { readProcessMemory } from '../memory/readProcessMemory';
import { RssSampler } from '../memory/RssSampler';
import { countMinimumCalls } from '../plan/countMinimumCalls';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import { freePort } from '../processes/freePort';
import type { CellResult, LatencyFigures } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';
import { round } from './round';

const RSS_SAMPLE_INTERVAL_MS = 200;

/**
 * Measures one scenario on one contender, in a fresh server process on a freshly reset emulator:
 * one checked answer, warm-up, upstream calls per query, latency at 0 ms and at the injected
 * upstream latency (one connection), then requests per second (many connections). A contender that
 * answers wrongly gets a `problem` instead of numbers.
 */
export async function measureCell(
  session: BenchSession,
  contender: Contender,
  scenario: Scenario,
): Promise<CellResult> {
  const { profile, emulator, fixtures } = session;
  const variables = scenario.variables(fixtures);
  const plan = planUpstreamCalls(scenario.document, variables);
  const minimum = countMinimumCalls(plan, ({ maxResults }) =>
    fixtures.listedAssociationIds.slice(0, maxResults),
  );
  const result: CellResult = {
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
    startRssMB: null,
    peakRssMB: null,
    failedRequests: 0,
  };
  const prepared = contender.prepare(scenario, fixtures, plan);

  await emulator.reset();
  const port = await freePort();
  const server = await session.processes.start(contender.spec(session.contenderEnv(port)));
  const origin = `http://127.0.0.1:${port}`;
  const atStart = readProcessMemory(server.pid);
  if (atStart) result.startRssMB = mb(atStart.rssBytes);
  const sampler = new RssSampler(server.pid, RSS_SAMPLE_INTERVAL_MS);
  sampler.start();
  const load = async (connections: number, run: { seconds?: number; amount?: number }) => {
    const outcome = await runLoad({
      origin,
      requests: [prepared.request],
      connections,
      ...(run.amount !== undefined
        ? { amount: run.amount }
        : { durationSeconds: run.seconds ?? 1 }),
      verifyBody: prepared.verifyBody,
    });
    result.failedRequests += failures(outcome);
    return outcome;
  };
  try {
    const problem = await checkOneAnswer(origin, prepared);
    if (problem) {
      result.problem = problem;
      return result;
    }
    await load(4, { seconds: profile.warmupSeconds });

    await emulator.waitForQuiet();
    await emulator.clearCalls();
    const counted = await load(4, { amount: profile.callCountRequests });
    const calls = await emulator.calls();
    const answered = counted.requests - failures(counted);
    if (answered !== profile.callCountRequests || failures(counted) > 0) {
      result.problem = `${failures(counted)} of ${counted.requests} requests failed while counting upstream calls`;
    }
    result.upstreamCallsPerQuery = round(
      Object.values(calls).reduce((sum, n) => sum + n, 0) / counted.requests,
      2,
    );
    result.upstreamCallsPerQueryByOperation = Object.fromEntries(
      Object.entries(calls).map(([operation, n]) => [operation, round(n / counted.requests, 2)]),
    );

    result.latencyMs.upstream0ms = latency(
      await load(profile.latencyConnections, { seconds: profile.latencySeconds }),
    );
    await emulator.setLatency(profile.injectedLatencyMs);
    try {
      result.latencyMs.upstream20ms = latency(
        await load(profile.latencyConnections, { seconds: profile.latencySeconds }),
      );
    } finally {
      await emulator.clearFaults();
    }
    const throughput = await load(profile.throughputConnections, {
      seconds: profile.throughputSeconds,
    });
    result.requestsPerSecond = Math.round(throughput.requestsPerSecond);
    if (result.failedRequests > 0 && !result.problem) {
      result.problem = `${result.failedRequests} requests failed or answered wrongly under load`;
    }
    return result;
  } catch (error) {
    result.problem = error instanceof Error ? error.message : String(error);
    return result;
  } finally {
    const { peakRssBytes } = sampler.stop();
    if (peakRssBytes > 0) result.peakRssMB = mb(peakRssBytes);
    await server.stop();
  }
}

async function checkOneAnswer(
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

function failures(outcome: LoadResult): number {
  return outcome.non2xx + outcome.errors + outcome.mismatches;
}

function latency(outcome: LoadResult): LatencyFigures {
  return {
    p50: round(outcome.latencyMs.p50, 2),
    p99: round(outcome.latencyMs.p99, 2),
    requests: outcome.requests,
  };
}
