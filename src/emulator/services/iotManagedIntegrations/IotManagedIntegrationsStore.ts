import type { AccountAssociationRecord, ConnectorDestinationRecord } from './types';

interface IdempotencyEntry {
  readonly id: string;
  readonly fingerprint: string;
}

/** One region's managed integrations state: connector destinations, account associations, client tokens. */
export class IotManagedIntegrationsStore {
  readonly destinations = new Map<string, ConnectorDestinationRecord>();
  private readonly associations = new Map<string, AccountAssociationRecord>();
  readonly associationTokens = new Map<string, IdempotencyEntry>();
  readonly destinationTokens = new Map<string, IdempotencyEntry>();
  private seq = 0;

  constructor(private readonly load: (store: IotManagedIntegrationsStore) => void = () => {}) {
    this.reset();
  }

  reset(): void {
    this.destinations.clear();
    this.associations.clear();
    this.associationTokens.clear();
    this.destinationTokens.clear();
    this.seq = 0;
    this.load(this);
  }

  nextSeq(): number {
    return this.seq++;
  }

  putAssociation(record: AccountAssociationRecord): void {
    this.associations.set(record.AccountAssociationId, record);
  }

  /** The association as of `now`: due transitions applied, finished deletions gone. */
  association(id: string, now: number): AccountAssociationRecord | undefined {
    const record = this.associations.get(id);
    return record && this.settle(record, now);
  }

  /** Every live association in creation order, as of `now`. */
  allAssociations(now: number): AccountAssociationRecord[] {
    return [...this.associations.values()]
      .map((record) => this.settle(record, now))
      .filter((record): record is AccountAssociationRecord => record !== undefined);
  }

  private settle(
    record: AccountAssociationRecord,
    now: number,
  ): AccountAssociationRecord | undefined {
    if (!record.pending || now < record.pending.at) return record;
    if (record.pending.to === 'DELETED') {
      this.associations.delete(record.AccountAssociationId);
      return undefined;
    }
    record.AssociationState = record.pending.to;
    record.ErrorMessage = undefined;
    record.pending = undefined;
    return record;
  }
}
