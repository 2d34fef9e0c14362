import { readdirSync, readFileSync } from 'node:fs';

/**
 * The process that serves a started server's requests: the one started, or the Node process it
 * re-executed itself as (the gateway starts with V8 heap limits that way, and stays as a small
 * launcher). Its memory is the server's; the launcher's is reported apart. Linux only (/proc);
 * elsewhere the started process.
 */
export function serverProcess(pid: number): number {
  const [child] = childProcesses(pid).filter((candidate) => isNode(candidate));
  return child ?? pid;
}

function childProcesses(pid: number): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const children: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: the name may hold spaces or parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(entry));
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

function isNode(pid: number): boolean {
  try {
    const [command] = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return command === process.execPath || /(^|\/)node$/.test(command);
  } catch {
    return false;
  }
}
