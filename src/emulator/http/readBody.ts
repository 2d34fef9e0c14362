import type { IncomingMessage } from 'node:http';

/** AWS's JSON APIs accept at most a few MB; none of the emulated operations comes close to this. */
const MAX_BODY_BYTES = 5 * 1024 * 1024;

export class RequestTooLargeError extends Error {}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new RequestTooLargeError(`request body exceeds ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
