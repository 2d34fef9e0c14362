import type { ConnectionRecord } from './types';

/** One region's AWS Proton state: environment account connections and used idempotency tokens. */
export class ProtonStore {
  readonly connections = new Map<string, ConnectionRecord>();
  /** clientToken → the connection it created and a fingerprint of the input it came with. */
  readonly clientTokens = new Map<string, { readonly id: string; readonly fingerprint: string }>();
  private seq = 0;

  constructor(private readonly load: (store: ProtonStore) => void = () => {}) {
    this.reset();
  }

  reset(): void {
    this.connections.clear();
    this.clientTokens.clear();
    this.seq = 0;
    this.load(this);
  }

  nextSeq(): number {
    return this.seq++;
  }
}
