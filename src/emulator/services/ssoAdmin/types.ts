/** SSO Admin shapes as the handlers use them (member names as in the model). */
export type StatusValue = 'IN_PROGRESS' | 'FAILED' | 'SUCCEEDED';
export type PrincipalType = 'USER' | 'GROUP';

export interface InstanceRecord {
  readonly seq: number;
  readonly InstanceArn: string;
  readonly IdentityStoreId: string;
  readonly OwnerAccountId: string;
  readonly Name: string;
  readonly CreatedDate: Date;
  readonly Status: 'ACTIVE';
}

export interface PermissionSetRecord {
  readonly seq: number;
  readonly instanceArn: string;
  readonly PermissionSetArn: string;
  readonly Name: string;
  readonly Description: string;
  readonly CreatedDate: Date;
  readonly SessionDuration: string;
  readonly RelayState?: string;
}

export interface AssignmentRequestRecord {
  readonly seq: number;
  readonly instanceArn: string;
  readonly RequestId: string;
  readonly TargetId: string;
  readonly TargetType: 'AWS_ACCOUNT';
  readonly PermissionSetArn: string;
  readonly PrincipalType: PrincipalType;
  readonly PrincipalId: string;
  readonly CreatedDate: Date;
  Status: StatusValue;
  FailureReason?: string;
  /** The outcome a request in progress reaches at `settlesAt` (epoch ms). */
  pending?: {
    readonly settlesAt: number;
    readonly Status: 'SUCCEEDED' | 'FAILED';
    readonly FailureReason?: string;
  };
}
