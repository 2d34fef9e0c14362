import { gateway } from '../contenders/gateway';
import type { LoadRequest } from '../load/runLoad';
import { runLoad } from '../load/runLoad';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import { freePort } from '../processes/freePort';
import type { CachedResult } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { checkOneAnswer, failures, latencyFigures } from './measureScenario';
import { round } from './round';

/** The gateway's cross-request cache, as the gateway starts by default. */
const CACHE_ON = { CACHE: 'memory' };

/**
 * A cached scenario on the gateway alone, in a fresh process with `CACHE=memory` on a freshly
 * reset emulator (the other contenders have no cache to measure):
 *
 * - `cold`: `coldCacheRequests` requests on one connection, each for an id not asked for before
 *   in the process: every one is a cache miss;
 * - `warm`: one request first, then the same request again on one connection for
 *   `latencySeconds × latencyRounds`: cache hits, as long as the entity's TTL lasts
 *   (CACHE_TTL_ACCOUNT_ASSOCIATION_MS, 5 s by default: a longer run refreshes it now and then),
 *   then requests per second at `throughputConnections`.
 *
 * Upstream calls per request are read from the emulator's counters.
 */
export async function measureCached(
  session: BenchSession,
  scenario: Scenario,
): Promise<CachedResult> {
  const { profile, emulator, fixtures } = session;
  const cache = scenario.cache ?? 'warm';
  const result: CachedResult = {
    scenario: scenario.id,
    scenarioNumber: scenario.number,
    scenarioTitle: scenario.title,
    cache,
    requests: 0,
    upstreamCallsPerRequest: null,
    latencyMs: null,
    requestsPerSecond: null,
    failedRequests: 0,
  };
  const plan = planUpstreamCalls(scenario.document, scenario.variables(fixtures));
  const prepared = gateway.prepare(scenario, fixtures, plan);
  await emulator.reset();
  const port = await freePort();
  const server = await session.processes.start(
    gateway.spec({ ...session.contenderEnv(port), env: CACHE_ON }),
  );
  const origin = `http://127.0.0.1:${port}`;
  try {
    let requests: LoadRequest[];
    if (cache === 'cold') {
      // The first answer is checked on an id of its own, kept out of the measured ones.
      const count = Math.min(profile.coldCacheRequests, fixtures.listedAssociationIds.length - 1);
      requests = Array.from({ length: count }, (_, i) => ({
        path: prepared.request.path,
        body: JSON.stringify({
          query: scenario.source,
          variables: scenario.coldVariables!(fixtures, i + 1),
        }),
      }));
    } else {
      requests = [prepared.request];
    }
    const problem = await checkOneAnswer(origin, prepared);
    if (problem) {
      result.problem = problem;
      return result;
    }
    await emulator.waitForQuiet();
    await emulator.clearCalls();
    // One connection walks the list in order: each cold request is the first for its id.
    const outcome = await runLoad({
      origin,
      requests,
      connections: 1,
      ...(cache === 'cold'
        ? { amount: requests.length }
        : { durationSeconds: profile.latencySeconds * profile.latencyRounds }),
      verifyBody: (body) => body.startsWith('{"data":') && !body.includes('"errors":'),
    });
    await emulator.waitForQuiet();
    const calls = Object.values(await emulator.calls()).reduce((sum, n) => sum + n, 0);
    result.requests = outcome.requests;
    result.failedRequests += failures(outcome);
    result.upstreamCallsPerRequest = round(calls / Math.max(1, outcome.requests), 3);
    result.latencyMs = latencyFigures(outcome.latenciesMs);
    if (cache === 'warm') {
      const throughput = await runLoad({
        origin,
        requests,
        connections: profile.throughputConnections,
        durationSeconds: profile.throughputSeconds * profile.throughputRounds,
        verifyBody: prepared.verifyBody,
      });
      result.failedRequests += failures(throughput);
      result.requestsPerSecond = Math.round(throughput.requestsPerSecond);
    }
    if (result.failedRequests > 0) {
      result.problem = `${result.failedRequests} requests failed or answered wrongly`;
    }
    return result;
  } catch (error) {
    result.problem = error instanceof Error ? error.message : String(error);
    return result;
  } finally {
    await server.stop();
  }
}
