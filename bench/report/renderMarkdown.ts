import type { BenchResults, CellResult, LatencyFigures } from './BenchResults';

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
  const memory = results.memory;
  if (memory && memory.at64Connections.length > 0) {
    lines.push(
      '',
      `Peak RSS at ${settings.memoryConnections} connections (scenario 3, ${settings.memorySeconds} s): ` +
        memory.at64Connections
          .map(
            (m) =>
              `${m.contender}${m.nodeOptions ? ` with NODE_OPTIONS=${m.nodeOptions}` : ''} ` +
              `${m.peakRssMB ?? '–'} MB (${m.requestsPerSecond ?? '–'} req/s)`,
          )
          .join(', ') +
        '.',
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
  const problems = results.results.filter((c) => c.problem);
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
