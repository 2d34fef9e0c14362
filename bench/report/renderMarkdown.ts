import type { BenchResults, CellResult, LatencyFigures } from './BenchResults';
import { ratioText } from './evaluateTargets';

/** The results as a markdown report: machine, main table, gateway memory, targets, problems. */
export function renderMarkdown(results: BenchResults): string {
  const lines: string[] = [];
  const settings = results.settings;
  lines.push(
    `Machine: ${results.cpus} × ${results.cpuModel}, ${results.totalMemoryMB} MB RAM, ${results.platform}, Node ${results.node}; ` +
      `load average ${results.loadAverage.start.toFixed(2)} at start, ${results.loadAverage.end.toFixed(2)} at end. ` +
      `Mode: ${results.mode} (${results.durationSeconds} s)` +
      (results.contenderNodeOptions
        ? `, contenders run with NODE_OPTIONS=${results.contenderNodeOptions}.`
        : '.'),
    '',
    `Contenders run side by side, each in a fresh process per scenario, their runs interleaved: latency in ${settings.latencyRounds} rounds of ${settings.latencySeconds} s each, ` +
      `requests per second in ${settings.throughputRounds} rounds of ${settings.throughputSeconds} s each (the median in the table). ` +
      'The gateway runs with CACHE=off and its AWS quotas lifted, the emulator with EMULATOR_QUOTAS=off.',
    '',
    `| # | scenario | contender | upstream calls / query (min) | p50 / p99 ms, 0 ms upstream | p50 / p99 ms, ${settings.injectedLatencyMs} ms upstream | req/s, ${settings.throughputConnections} conn | RSS MB idle → peak |`,
    '|---|---|---|---|---|---|---|---|',
  );
  for (const cell of results.results) {
    lines.push(
      `| ${cell.scenarioNumber} | ${cell.scenarioTitle} | ${cell.contender} | ${calls(cell)} | ` +
        `${latency(cell.latencyMs.upstream0ms)} | ${latency(cell.latencyMs.upstream20ms)} | ` +
        `${cell.requestsPerSecond ?? '–'} | ${cell.startRssMB ?? '–'} → ${cell.peakRssMB ?? '–'} |`,
    );
  }
  const comparisons = results.comparisons ?? [];
  if (comparisons.length > 0) {
    lines.push(
      '',
      `Throughput ratios, req/s at ${settings.throughputConnections} connections, median of the per-round ratios (min–max):`,
      '',
      '| # | scenario | gateway ÷ naive peer | gateway ÷ floor |',
      '|---|---|---|---|',
    );
    const numbers = [...new Set(comparisons.map((c) => c.scenarioNumber))];
    for (const number of numbers) {
      const of = (denominator: string) => {
        const ratio = comparisons.find(
          (c) => c.scenarioNumber === number && c.denominator === denominator,
        )?.ratio;
        return ratio ? ratioText(ratio) : '–';
      };
      const title = comparisons.find((c) => c.scenarioNumber === number)!.scenarioTitle;
      lines.push(`| ${number} | ${title} | ${of('naive-peer')} | ${of('floor')} |`);
    }
  }
  const cached = results.cached ?? [];
  if (cached.length > 0) {
    lines.push(
      '',
      'Gateway with its cross-request cache (CACHE=memory), one connection, 0 ms upstream:',
      '',
      '| # | scenario | requests | upstream calls / request | p50 / p99 ms | req/s, ' +
        `${settings.throughputConnections} conn |`,
      '|---|---|---|---|---|---|',
    );
    for (const c of cached) {
      lines.push(
        `| ${c.scenarioNumber} | ${c.scenarioTitle} | ${c.requests} | ${c.upstreamCallsPerRequest ?? '–'} | ` +
          `${latency(c.latencyMs)} | ${c.requestsPerSecond ?? '–'} |`,
      );
    }
  }
  const memory = results.memory;
  if (memory && memory.at64Connections.length > 0) {
    lines.push(
      '',
      `Peak RSS at ${settings.memoryConnections} connections (scenario 3, ${settings.memoryRounds} interleaved rounds of ${settings.memorySeconds} s): ` +
        memory.at64Connections
          .map(
            (m) =>
              `${m.label}${m.nodeOptions ? ` with NODE_OPTIONS=${m.nodeOptions}` : ''} ` +
              `${m.peakRssMB ?? '–'} MB` +
              (m.launcherPeakRssMB !== null ? ` (+ launcher ${m.launcherPeakRssMB} MB)` : '') +
              ` (${m.requestsPerSecond ?? '–'} req/s)`,
          )
          .join(', ') +
        '.' +
        (memory.heapSizingRatio
          ? ` Gateway ÷ gateway with Node's default heap sizing: ${ratioText(memory.heapSizingRatio)} req/s.`
          : ''),
    );
  }
  const soak = memory?.soak;
  if (soak) {
    lines.push(
      '',
      `Soak (${soak.contender}): ${soak.requests.toLocaleString('en-US')} requests cycling ${soak.mix.join(' / ')} ` +
        `at ${soak.connections} connections, ${soak.requestsPerSecond ?? '–'} req/s, peak RSS ${soak.peakRssMB ?? '–'} MB` +
        (soak.trend
          ? `; RSS ${mb(soak.trend.firstWindowRssBytes)} MB in the first window after warm-up, ` +
            `${mb(soak.trend.lastWindowRssBytes)} MB in the last, slope ${mb(soak.trend.slopeBytesPer100kRequests)} MB per 100k requests: ` +
            `${results.mode === 'quick' ? 'too short to judge' : soak.trend.growing ? '**growing**' : 'no growth trend'}.`
          : '.'),
    );
  }
  lines.push('', 'Targets:', '');
  for (const target of results.targets) {
    const mark = target.met === null ? 'not judged' : target.met ? 'met' : 'MISSED';
    lines.push(`- ${target.target}: **${mark}** — ${target.detail}`);
  }
  const problems = [
    ...results.results.filter((c) => c.problem),
    ...cached.filter((c) => c.problem).map((c) => ({ ...c, contender: 'gateway (cached)' })),
  ];
  const memoryProblems = [
    ...(memory?.at64Connections ?? [])
      .filter((m) => m.problem)
      .map((m) => `${m.contender} at ${m.connections} connections: ${m.problem}`),
    ...(soak?.problem ? [`soak: ${soak.problem}`] : []),
  ];
  if (problems.length > 0 || memoryProblems.length > 0) {
    lines.push('', 'Problems:', '');
    for (const cell of problems) {
      lines.push(`- #${cell.scenarioNumber} ${cell.contender}: ${cell.problem}`);
    }
    for (const problem of memoryProblems) lines.push(`- ${problem}`);
  }
  return lines.join('\n');
}

function calls(cell: CellResult): string {
  const measured = cell.upstreamCallsPerQuery ?? '–';
  const flag =
    cell.upstreamCallsPerQuery !== null && cell.upstreamCallsPerQuery > cell.minimumUpstreamCalls
      ? ' ⚠'
      : '';
  return `${measured} (${cell.minimumUpstreamCalls})${flag}`;
}

function latency(figures: LatencyFigures | null): string {
  return figures ? `${figures.p50.toFixed(2)} / ${figures.p99.toFixed(2)}` : '–';
}

function mb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
