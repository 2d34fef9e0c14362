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
import { measureCell } from './measure/measureCell';
import { measurePeakRss } from './measure/measurePeakRss';
import { measureSoak } from './measure/measureSoak';
import { parseOptions, UsageError, USAGE } from './options';
import { ChildProcessGroup } from './processes/ChildProcessGroup';
import { freePort } from './processes/freePort';
import type { BenchResults, CellResult, MemoryResults } from './report/BenchResults';
import { evaluateTargets } from './report/evaluateTargets';
import { renderMarkdown } from './report/renderMarkdown';
import { SCENARIOS } from './scenarios/scenarios';

/**
 * `npm run bench [-- --quick]`: the emulator, then each contender in turn as separate processes, with
 * load generated from this process. Progress goes to stderr; the markdown report to stdout and, with
 * the JSON, to bench/results/.
 */
const CONTENDERS: readonly Contender[] = [gateway, naivePeer, floor];
/** A heap cap for the extra gateway memory run: small young generation, 96 MB old generation. */
const CAPPED_HEAP_NODE_OPTIONS = '--max-semi-space-size=2 --max-old-space-size=96';
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
  const scenarios = SCENARIOS.filter(
    (s) => options.scenarios === undefined || options.scenarios.includes(s.number),
  );
  const withGateway = contenders.includes(gateway);

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
    for (const scenario of scenarios) {
      for (const contender of contenders) {
        log(`#${scenario.number} ${scenario.title} — ${contender.label}`);
        const cell = await measureCell(session, contender, scenario);
        if (cell.problem) log(`  problem: ${cell.problem}`);
        log(
          `  calls ${cell.upstreamCallsPerQuery ?? '–'} (min ${cell.minimumUpstreamCalls}), ` +
            `p50 ${cell.latencyMs.upstream0ms?.p50 ?? '–'} / ${cell.latencyMs.upstream20ms?.p50 ?? '–'} ms, ` +
            `${cell.requestsPerSecond ?? '–'} req/s, ${cell.peakRssMB ?? '–'} MB`,
        );
        cells.push(cell);
      }
    }

    let memory: MemoryResults | null = null;
    if (!options.skipMemory) {
      const byId = (id: string) => SCENARIOS.find((s) => s.id === id)!;
      memory = { at64Connections: [], soak: null };
      for (const contender of contenders) {
        log(`memory: ${contender.label}, scenario 3 at ${profile.memoryConnections} connections`);
        const peak = await measurePeakRss(session, contender, byId('page-with-tags'));
        log(`  peak RSS ${peak.peakRssMB ?? '–'} MB${peak.problem ? ` (${peak.problem})` : ''}`);
        memory.at64Connections.push(peak);
      }
      if (withGateway && options.nodeOptions === '' && profile.mode === 'full') {
        // Node sizes its heap from the machine's memory; capped, the peak is closer to the working set.
        log(`memory: gateway with NODE_OPTIONS=${CAPPED_HEAP_NODE_OPTIONS}`);
        const capped = await measurePeakRss(
          session,
          gateway,
          byId('page-with-tags'),
          CAPPED_HEAP_NODE_OPTIONS,
        );
        log(
          `  peak RSS ${capped.peakRssMB ?? '–'} MB${capped.problem ? ` (${capped.problem})` : ''}`,
        );
        memory.at64Connections.push(capped);
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
        latencySeconds: profile.latencySeconds,
        latencyConnections: profile.latencyConnections,
        injectedLatencyMs: profile.injectedLatencyMs,
        throughputSeconds: profile.throughputSeconds,
        throughputConnections: profile.throughputConnections,
        memoryConnections: profile.memoryConnections,
        memorySeconds: profile.memorySeconds,
        soakRequests: profile.soakRequests,
        soakConnections: profile.soakConnections,
      },
      results: cells,
      memory,
      targets: evaluateTargets(cells, memory, profile),
      durationSeconds: Math.round((Date.now() - startedAt) / 1000),
    };
    const markdown = renderMarkdown(results);
    const resultsDir = join(repoRoot, 'bench', 'results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(resultsDir, 'latest.md'), `${markdown}\n`);
    process.stdout.write(`${markdown}\n`);
    log(
      `results written to bench/results/latest.json and latest.md (${results.durationSeconds} s)`,
    );
    const problems =
      cells.some((c) => c.problem) ||
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
