import { readFileSync } from 'node:fs';

/** Resident memory of a process, in bytes. */
export interface ProcessMemory {
  /** Current resident set size (VmRSS). */
  rssBytes: number;
  /** Peak resident set size since the process started (VmHWM, the kernel's high-water mark). */
  peakRssBytes: number;
}

/**
 * Reads VmRSS and VmHWM from /proc/<pid>/status (Linux). The kernel's high-water mark catches peaks
 * between two samples, which periodic sampling alone would miss. Returns `undefined` where /proc is
 * unavailable or the process has gone.
 */
export function readProcessMemory(pid: number): ProcessMemory | undefined {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const rssKb = kilobytesField(status, 'VmRSS');
  const peakKb = kilobytesField(status, 'VmHWM');
  if (rssKb === undefined || peakKb === undefined) return undefined;
  return { rssBytes: rssKb * 1024, peakRssBytes: peakKb * 1024 };
}

function kilobytesField(status: string, field: string): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB$`, 'm').exec(status);
  return match ? Number(match[1]) : undefined;
}
