/**
 * The one-line explanation for a server that could not listen because of its port, naming the
 * environment variable that picks the port; `undefined` for any other failure. Both the gateway
 * and the emulator's CLI print it instead of a stack trace: the fix is a setting, not the code.
 */
export function portProblem(error: unknown, variable: string, port: number): string | undefined {
  const code = error instanceof Error ? (error as NodeJS.ErrnoException).code : undefined;
  if (code === 'EADDRINUSE') {
    return `port ${port} is already in use; set ${variable} to a free port (or 0 for any free port)`;
  }
  if (code === 'EACCES') {
    return `listening on port ${port} is not permitted; set ${variable} to a free port from 1024 up (or 0 for any free port)`;
  }
  return undefined;
}
