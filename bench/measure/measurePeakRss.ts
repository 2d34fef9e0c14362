import type { Contender } from '../contenders/Contender';
import { runLoad } from '../load/runLoad';
import { RssSampler } from '../memory/RssSampler';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import { freePort } from '../processes/freePort';
import type { PeakRssResult } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';

/**
 * Peak RSS of a fresh `contender` process while `scenario` runs at `memoryConnections` connections,
 * optionally with other NODE_OPTIONS than the session's (to separate V8 heap headroom from the
 * working set).
 */
export async function measurePeakRss(
  session: BenchSession,
  contender: Contender,
  scenario: Scenario,
  nodeOptions?: string,
): Promise<PeakRssResult> {
  const { profile, fixtures } = session;
  const variables = scenario.variables(fixtures);
  const prepared = contender.prepare(
    scenario,
    fixtures,
    planUpstreamCalls(scenario.document, variables),
  );
  const env = session.contenderEnv(0);
  const effectiveNodeOptions = nodeOptions ?? env.nodeOptions;
  const result: PeakRssResult = {
    contender: contender.id,
    nodeOptions: effectiveNodeOptions,
    scenario: scenario.id,
    connections: profile.memoryConnections,
    peakRssMB: null,
    requestsPerSecond: null,
    failedRequests: 0,
  };
  await session.emulator.reset();
  const port = await freePort();
  const server = await session.processes.start(
    contender.spec({ ...session.contenderEnv(port), nodeOptions: effectiveNodeOptions }),
  );
  const sampler = new RssSampler(server.pid, 100);
  sampler.start();
  try {
    const outcome = await runLoad({
      origin: `http://127.0.0.1:${port}`,
      requests: [prepared.request],
      connections: profile.memoryConnections,
      durationSeconds: profile.memorySeconds,
      verifyBody: prepared.verifyBody,
    });
    result.requestsPerSecond = Math.round(outcome.requestsPerSecond);
    result.failedRequests = outcome.non2xx + outcome.errors + outcome.mismatches;
    if (result.failedRequests > 0) {
      result.problem = `${result.failedRequests} requests failed or answered wrongly`;
    }
  } catch (error) {
    result.problem = error instanceof Error ? error.message : String(error);
  } finally {
    result.peakRssMB = mb(sampler.stop().peakRssBytes);
    await server.stop();
  }
  return result;
}
