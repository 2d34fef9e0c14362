import type { AssignmentRequestRecord, InstanceRecord, PermissionSetRecord } from './types';

/** One region's IAM Identity Center state: instances, permission sets and assignment creation requests. */
export class SsoAdminStore {
  readonly instances = new Map<string, InstanceRecord>();
  readonly permissionSets = new Map<string, PermissionSetRecord>();
  readonly requests = new Map<string, AssignmentRequestRecord>();
  private seq = 0;

  constructor(private readonly load: (store: SsoAdminStore) => void = () => {}) {
    this.reset();
  }

  reset(): void {
    this.instances.clear();
    this.permissionSets.clear();
    this.requests.clear();
    this.seq = 0;
    this.load(this);
  }

  nextSeq(): number {
    return this.seq++;
  }

  /** The request with its outcome applied once its delay has passed. */
  settle(request: AssignmentRequestRecord, now: number): AssignmentRequestRecord {
    if (request.pending && now >= request.pending.settlesAt) {
      request.Status = request.pending.Status;
      request.FailureReason = request.pending.FailureReason;
      request.pending = undefined;
    }
    return request;
  }
}
