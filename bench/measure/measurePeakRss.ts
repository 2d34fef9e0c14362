import type { Contender } from '../contenders/Contender';
import { runLoad } from '../load/runLoad';
import { RssSampler } from '../memory/RssSampler';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import { freePort } from '../processes/freePort';
import type { PeakRssResult } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';

/** Peak RSS of a fresh `contender` process while `scenario` runs at `memoryConnections` connections. */
export async function measurePeakRss(
  session: BenchSession,
  contender: Contender,
  scenario: Scenario,
): Promise<PeakRssResult> {
  const { profile, fixtures } = session;
  const variables = scenario.variables(fixtures);
  const prepared = contender.prepare(
    scenario,
    fixtures,
    planUpstreamCalls(scenario.document, variables),
  );
  const result: PeakRssResult = {
    contender: contender.id,
    scenario: scenario.id,
    connections: profile.memoryConnections,
    peakRssMB: null,
    requestsPerSecond: null,
    failedRequests: 0,
  };
  await session.emulator.reset();
  const port = await freePort();
  const server = await session.processes.start(contender.spec(session.contenderEnv(port)));
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
