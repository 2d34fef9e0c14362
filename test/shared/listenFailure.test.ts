import { portProblem } from '../../src/shared/listenFailure';

/** The error `server.listen` emits, as Node builds it. */
function listenError(code: string, port: number): NodeJS.ErrnoException {
  return Object.assign(new Error(`listen ${code}: :::${port}`), { code, syscall: 'listen', port });
}

describe('portProblem', () => {
  test('a busy port names the variable to change', () => {
    expect(portProblem(listenError('EADDRINUSE', 4000), 'PORT', 4000)).toBe(
      'port 4000 is already in use; set PORT to a free port (or 0 for any free port)',
    );
  });

  test('a privileged port names the variable to change', () => {
    expect(portProblem(listenError('EACCES', 80), 'EMULATOR_PORT', 80)).toBe(
      'listening on port 80 is not permitted; set EMULATOR_PORT to a free port from 1024 up (or 0 for any free port)',
    );
  });

  test('any other failure is left to the caller', () => {
    expect(portProblem(listenError('EADDRNOTAVAIL', 4000), 'PORT', 4000)).toBeUndefined();
    expect(portProblem(new Error('boom'), 'PORT', 4000)).toBeUndefined();
    expect(portProblem('EADDRINUSE', 'PORT', 4000)).toBeUndefined();
  });
});
