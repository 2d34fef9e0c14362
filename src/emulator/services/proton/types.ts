export type ConnectionStatus = 'PENDING' | 'CONNECTED' | 'REJECTED';

/** An environment account connection (member names as in the model). */
export interface ConnectionRecord {
  readonly seq: number;
  readonly id: string;
  readonly arn: string;
  readonly managementAccountId: string;
  readonly environmentAccountId: string;
  readonly roleArn: string;
  readonly environmentName: string;
  readonly requestedAt: Date;
  lastModifiedAt: Date;
  status: ConnectionStatus;
  readonly componentRoleArn?: string;
  readonly codebuildRoleArn?: string;
  readonly tags?: ReadonlyArray<{ readonly key: string; readonly value: string }>;
}
