import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const MAC_BYTES = 12;

/**
 * Opaque, tamper-evident pagination tokens. A token records the position after which the next page
 * starts (an item's creation sequence number, so items created or deleted between pages never cause
 * loss or repetition) and is bound by an HMAC to the operation and filters it was issued for: a forged,
 * truncated or re-targeted token is rejected, as AWS rejects tokens it did not issue.
 */
export class PageTokens {
  private readonly key = randomBytes(32);

  /** `alphabet` follows the model's token pattern: base64url for `[a-zA-Z0-9=_-]`, base64 for `[A-Za-z0-9+=/]`. */
  encode(after: number, scope: string, alphabet: 'base64' | 'base64url'): string {
    const position = Buffer.alloc(4);
    position.writeUInt32BE(after);
    return Buffer.concat([position, this.mac(position, scope)]).toString(alphabet);
  }

  /** The position a token encodes, or undefined when the token was not issued for this scope. */
  decode(token: string, scope: string): number | undefined {
    const bytes = Buffer.from(token, 'base64');
    if (bytes.length !== 4 + MAC_BYTES) return undefined;
    const position = bytes.subarray(0, 4);
    if (!timingSafeEqual(bytes.subarray(4), this.mac(position, scope))) return undefined;
    return position.readUInt32BE();
  }

  private mac(position: Buffer, scope: string): Buffer {
    return createHmac('sha256', this.key)
      .update(position)
      .update(scope)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}
