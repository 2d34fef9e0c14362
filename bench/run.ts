import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

import { createUpstreamClients } from './aws/createUpstreamClients';
import { ensureGatewayBuild } from './build/ensureGatewayBuild';
import { transpileBenchServers } from './build/transpileBenchServers';
import type { Contender } from './contenders/Contender';
import { floor } from './contenders/floor';
import { gateway } from './contenders/gateway';
import { naivePeer } from './contenders/naivePeer';
import { upstreamEnv } from './contenders/upstreamEnv';
import { EmulatorAdmin } from './emulator/EmulatorAdmin';
import { discoverFixtures } from './fixtures/discoverFixtures';
import type { BenchSession } from './measure/BenchSession';
import { measureCached } from './measure/measureCached';
import { measurePeakRss, type MemoryRun } from './measure/measurePeakRss';
import { measureScenario } from './measure/measureScenario';
import { measureSoak } from './measure/measureSoak';
import { ratioSummary } from './measure/rounds';
import { isCompleteRun, parseOptions, UsageError, USAGE } from './options';
import { ChildProcessGroup } from './processes/ChildProcessGroup';
import { freePort } from './processes/freePort';
import { HEAP_SIZING_VARIABLE } from '../src/runtime/relaunch';
import type {
  BenchResults,
  CachedResult,
  CellResult,
  MemoryResults,
  ThroughputComparison,
} from './report/BenchResults';
import { evaluateTargets } from './report/evaluateTargets';
import { renderMarkdown } from './report/renderMarkdown';
import { SCENARIOS } from './scenarios/scenarios';

/**
 * `npm run bench [-- --quick]`: the emulator, then per scenario every contender as its own fresh
 * process, their runs interleaved round by round, with load generated from this process. Progress
 * goes to stderr; the markdown report to stdout and, with the JSON, to bench/results/.
 */
const CONTENDERS: readonly Contender[] = [gateway, naivePeer, floor];
const repoRoot = resolve(__dirname, '..');
const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { profile } = options;
  const startedAt = Date.now();
  const loadAtStart = loadavg()[0];
  const contenders = CONTENDERS.filter((c) => options.contenders.includes(c.id));
  const chosen = SCENARIOS.filter(
    (s) => options.scenarios === undefined || options.scenarios.includes(s.number),
  );
  const scenarios = chosen.filter((s) => s.cache === undefined);
  const withGateway = contenders.includes(gateway);
  // The cached scenarios measure the gateway's own cache: nothing to run without the gateway.
  const cachedScenarios = withGateway ? chosen.filter((s) => s.cache !== undefined) : [];

  if (withGateway) ensureGatewayBuild(repoRoot, options.forceBuild, log);
  const benchBuildDir = transpileBenchServers(repoRoot);

  const processes = new ChildProcessGroup();
  const interrupt = (): void => {
    log('interrupted: stopping child processes');
    void processes.stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);

  try {
    const emulatorPort = await freePort();
    const emulatorEndpoint = `http://127.0.0.1:${emulatorPort}`;
    await processes.start({
      name: 'emulator',
      command: process.execPath,
      args: [join(benchBuildDir, 'src', 'emulator', 'cli.js')],
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        EMULATOR_PORT: String(emulatorPort),
        EMULATOR_HOST: '127.0.0.1',
        // AWS's request-rate quotas would cap every contender at the same few hundred calls per
        // second: the benchmark measures the servers, not the quotas.
        EMULATOR_QUOTAS: 'off',
      },
      readyUrl: `${emulatorEndpoint}/__emulator/calls`,
    });
    log(`emulator on ${emulatorEndpoint}`);
    const clients = createUpstreamClients(upstreamEnv(emulatorEndpoint));
    const fixtures = await discoverFixtures(clients);
    clients.iot.destroy();
    clients.sso.destroy();
    clients.proton.destroy();

    const session: BenchSession = {
      profile,
      processes,
      emulator: new EmulatorAdmin(emulatorEndpoint),
      fixtures,
      contenderEnv: (port) => ({
        repoRoot,
        benchBuildDir,
        port,
        emulatorEndpoint,
        nodeOptions: options.nodeOptions,
      }),
      log,
    };

    const cells: CellResult[] = [];
    const comparisons: ThroughputComparison[] = [];
    for (const scenario of scenarios) {
      log(
        `#${scenario.number} ${scenario.title} — ${contenders.map((c) => c.label).join(', ')}, ` +
          `${profile.throughputRounds} interleaved rounds`,
      );
      const measured = await measureScenario(session, contenders, scenario);
      for (const cell of measured.cells) {
        if (cell.problem) log(`  ${cell.contender} problem: ${cell.problem}`);
        log(
          `  ${cell.contender}: calls ${cell.upstreamCallsPerQuery ?? '–'} (min ${cell.minimumUpstreamCalls}), ` +
            `p50 ${cell.latencyMs.upstream0ms?.p50 ?? '–'} / ${cell.latencyMs.upstream20ms?.p50 ?? '–'} ms, ` +
            `${cell.requestsPerSecond ?? '–'} req/s (${cell.requestsPerSecondByRound.join(', ')}), ${cell.peakRssMB ?? '–'} MB`,
        );
      }
      for (const comparison of measured.comparisons) {
        const ratio = comparison.ratio;
        log(
          `  gateway ÷ ${comparison.denominator}: ` +
            (ratio
              ? `${ratio.median.toFixed(2)} (${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)})`
              : '–'),
        );
      }
      cells.push(...measured.cells);
      comparisons.push(...measured.comparisons);
    }

    const cached: CachedResult[] = [];
    for (const scenario of cachedScenarios) {
      log(`#${scenario.number} ${scenario.title} — gateway with CACHE=memory`);
      const result = await measureCached(session, scenario);
      if (result.problem) log(`  problem: ${result.problem}`);
      log(
        `  ${result.upstreamCallsPerRequest ?? '–'} upstream calls per request over ${result.requests}, ` +
          `p50 ${result.latencyMs?.p50 ?? '–'} ms, p99 ${result.latencyMs?.p99 ?? '–'} ms` +
          (result.requestsPerSecond !== null ? `, ${result.requestsPerSecond} req/s` : ''),
      );
      cached.push(result);
    }

    let memory: MemoryResults | null = null;
    if (!options.skipMemory) {
      const byId = (id: string) => SCENARIOS.find((s) => s.id === id)!;
      memory = { at64Connections: [], heapSizingRatio: null, soak: null };
      const runs: MemoryRun[] = contenders.map((contender) => ({
        contender,
        label: contender.label,
        heap:
          options.nodeOptions !== ''
            ? 'node-options'
            : contender === gateway
              ? 'sized'
              : 'node-defaults',
        nodeOptions: options.nodeOptions,
      }));
      if (withGateway && options.nodeOptions === '') {
        // The same gateway with the heap Node sizes from the machine: what the sizing costs.
        runs.splice(1, 0, {
          contender: gateway,
          label: `gateway (${HEAP_SIZING_VARIABLE}=off: Node's default heap sizing)`,
          heap: 'node-defaults',
          nodeOptions: '',
          env: { [HEAP_SIZING_VARIABLE]: 'off' },
        });
      }
      log(
        `memory: ${runs.map((r) => r.label).join(', ')} on scenario 3 at ${profile.memoryConnections} connections, ` +
          `${profile.memoryRounds} interleaved rounds`,
      );
      memory.at64Connections = await measurePeakRss(session, runs, byId('page-with-tags'));
      for (const peak of memory.at64Connections) {
        log(
          `  ${peak.label}: peak RSS ${peak.peakRssMB ?? '–'} MB` +
            (peak.launcherPeakRssMB !== null ? ` (launcher ${peak.launcherPeakRssMB} MB)` : '') +
            `, ${peak.requestsPerSecond ?? '–'} req/s (${peak.requestsPerSecondByRound.join(', ')})` +
            (peak.problem ? ` (${peak.problem})` : ''),
        );
      }
      const sized = memory.at64Connections.find((m) => m.heap === 'sized');
      const unsized = memory.at64Connections.find(
        (m) => m.contender === 'gateway' && m.heap === 'node-defaults',
      );
      if (sized && unsized && !sized.problem && !unsized.problem) {
        memory.heapSizingRatio = ratioSummary(
          sized.requestsPerSecondByRound,
          unsized.requestsPerSecondByRound,
        );
      }
      if (withGateway) {
        log(`memory: gateway soak of ${profile.soakRequests} requests`);
        memory.soak = await measureSoak(session, gateway, [
          byId('association-by-id'),
          byId('dashboard'),
          byId('page-list-fields'),
        ]);
        if (memory.soak.problem) log(`  problem: ${memory.soak.problem}`);
      }
    }

    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      mode: profile.mode,
      contenderNodeOptions: options.nodeOptions,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
      node: process.version,
      platform: `${platform()} ${release()}`,
      totalMemoryMB: Math.round(totalmem() / (1024 * 1024)),
      loadAverage: { start: loadAtStart, end: loadavg()[0] },
      settings: {
        warmupSeconds: profile.warmupSeconds,
        callCountRequests: profile.callCountRequests,
        latencyRounds: profile.latencyRounds,
        latencySeconds: profile.latencySeconds,
        latencyConnections: profile.latencyConnections,
        injectedLatencyMs: profile.injectedLatencyMs,
        throughputRounds: profile.throughputRounds,
        throughputSeconds: profile.throughputSeconds,
        throughputConnections: profile.throughputConnections,
        memoryConnections: profile.memoryConnections,
        memoryRounds: profile.memoryRounds,
        memorySeconds: profile.memorySeconds,
        soakRequests: profile.soakRequests,
        soakConnections: profile.soakConnections,
        coldCacheRequests: profile.coldCacheRequests,
      },
      results: cells,
      comparisons,
      cached,
      memory,
      targets: evaluateTargets(cells, memory, profile, comparisons),
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    const markdown = renderMarkdown(results);
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    const name = isCompleteRun(options) ? 'latest' : 'partial';
    writeFileSync(join(resultsDir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(resultsDir, `${name}.md`), `${markdown}\n`);
    process.stdout.write(`${markdown}\n`);
    log(
      `results written to bench/results/${name}.json and ${name}.md (${results.durationSeconds} s)`,
    );
    const problems =
      cells.some((c) => c.problem) ||
      cached.some((c) => c.problem) ||
      memory?.at64Connections.some((m) => m.problem) ||
      memory?.soak?.problem;
    return problems ? 1 : 0;
  } finally {
    await processes.stopAll();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      // A mistyped argument: the message and the usage are the whole answer, no stack trace.
      process.stderr.write(`${error.message}\n`);
      process.exit(2);
    }
    log(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
