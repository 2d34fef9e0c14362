import { createServer } from 'node:net';

/**
 * Asks the OS for an unused TCP port on the loopback interface. The port is released before it is
 * returned, so another process could take it in between; on a benchmark machine that race is harmless
 * and keeps every child process configurable through plain environment variables.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error(`expected a TCP address from listen(0), received ${String(address)}`));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}
