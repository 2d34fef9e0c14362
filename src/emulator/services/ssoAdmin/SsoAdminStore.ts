import type { AssignmentRequestRecord, InstanceRecord, PermissionSetRecord } from './types';

/** Requests in progress now, and the most at once since the count was last restarted. */
export interface OutstandingCount {
  readonly current: number;
  readonly peak: number;
}

/** One region's IAM Identity Center state: instances, permission sets and assignment creation requests. */
export class SsoAdminStore {
  readonly instances = new Map<string, InstanceRecord>();
  readonly permissionSets = new Map<string, PermissionSetRecord>();
  readonly requests = new Map<string, AssignmentRequestRecord>();
  private seq = 0;
  /** When each CreateAccountAssignment request was in progress: [created, settles). */
  private inProgress: { readonly from: number; readonly until: number }[] = [];
  private countingSince = 0;

  constructor(private readonly load: (store: SsoAdminStore) => void = () => {}) {
    this.reset();
  }

  reset(): void {
    this.instances.clear();
    this.permissionSets.clear();
    this.requests.clear();
    this.seq = 0;
    this.inProgress = [];
    this.countingSince = 0;
    this.load(this);
  }

  /** A CreateAccountAssignment request in progress from `from` until `until` (epoch ms). */
  recordInProgress(from: number, until: number): void {
    this.inProgress.push({ from, until });
  }

  /**
   * CreateAccountAssignment requests in progress at `now`, and the peak since the count was
   * restarted (the seed's requests are not counted: they were not created through the API).
   */
  outstanding(now: number): OutstandingCount {
    const events: [time: number, change: number][] = [];
    let current = 0;
    for (const { from, until } of this.inProgress) {
      if (from <= now && now < until) current++;
      if (until <= this.countingSince || from > now) continue;
      events.push([Math.max(from, this.countingSince), 1], [until, -1]);
    }
    // A request ending when another starts is not outstanding with it: ends sort first.
    events.sort(([a, x], [b, y]) => a - b || x - y);
    let running = 0;
    let peak = 0;
    for (const [, change] of events) {
      running += change;
      peak = Math.max(peak, running);
    }
    return { current, peak };
  }

  /** Restarts the peak from the requests in progress at `now`. */
  restartOutstandingCount(now: number): void {
    this.countingSince = now;
    this.inProgress = this.inProgress.filter(({ until }) => until > now);
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
