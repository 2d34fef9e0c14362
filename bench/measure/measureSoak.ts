import type { Contender } from '../contenders/Contender';
import { runLoad } from '../load/runLoad';
import { growthTrend } from '../memory/growthTrend';
import { RssSampler } from '../memory/RssSampler';
import { planUpstreamCalls } from '../plan/planUpstreamCalls';
import { freePort } from '../processes/freePort';
import type { SoakResult } from '../report/BenchResults';
import type { Scenario } from '../scenarios/Scenario';
import type { BenchSession } from './BenchSession';
import { mb } from './mb';

const SAMPLE_INTERVAL_MS = 500;

/**
 * Serves `soakRequests` requests cycling over `mix` from one fresh process, sampling RSS against the
 * number of completed requests, and reports whether it trends upwards (see growthTrend).
 */
export async function measureSoak(
  session: BenchSession,
  contender: Contender,
  mix: readonly Scenario[],
): Promise<SoakResult> {
  const { profile, fixtures } = session;
  const prepared = mix.map((scenario) =>
    contender.prepare(
      scenario,
      fixtures,
      planUpstreamCalls(scenario.document, scenario.variables(fixtures)),
    ),
  );
  const result: SoakResult = {
    contender: contender.id,
    mix: mix.map((s) => s.id),
    requests: profile.soakRequests,
    connections: profile.soakConnections,
    requestsPerSecond: null,
    peakRssMB: null,
    trend: null,
    failedRequests: 0,
  };
  await session.emulator.reset();
  const port = await freePort();
  const server = await session.processes.start(contender.spec(session.contenderEnv(port)));
  let completed = 0;
  const sampler = new RssSampler(server.serverPid, SAMPLE_INTERVAL_MS, () => completed);
  sampler.start();
  try {
    const outcome = await runLoad({
      origin: `http://127.0.0.1:${port}`,
      requests: prepared.map((p) => p.request),
      connections: profile.soakConnections,
      amount: profile.soakRequests,
      verifyBody: (body) => prepared.some((p) => p.verifyBody(body)),
      onResponse: (count) => {
        completed = count;
      },
    });
    result.requestsPerSecond = Math.round(outcome.requestsPerSecond);
    result.failedRequests = outcome.non2xx + outcome.errors + outcome.mismatches;
    const { samples, peakRssBytes } = sampler.stop();
    result.peakRssMB = mb(peakRssBytes);
    result.trend = growthTrend(samples);
    if (result.failedRequests > 0) {
      result.problem = `${result.failedRequests} requests failed or answered wrongly`;
    }
  } catch (error) {
    sampler.stop();
    result.problem = error instanceof Error ? error.message : String(error);
  } finally {
    await server.stop();
  }
  return result;
}
