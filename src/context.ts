import type { Logger } from 'pino';

import type { AwsClients } from './aws/clients';
import {
  createAccountAssociationLoaders,
  type AccountAssociationLoaders,
} from './domains/account-associations/loaders';
import {
  createAssignmentStatusLoaders,
  type AssignmentStatusLoaders,
} from './domains/assignment-status/loaders';
import {
  createEnvironmentAccountConnectionLoaders,
  type EnvironmentAccountConnectionLoaders,
} from './domains/environment-account-connections/loaders';
import type { CursorCodec } from './graphql/cursor';

/** Per-request DataLoaders, one group per AWS service. Never shared between requests. */
export interface Loaders {
  readonly accountAssociations: AccountAssociationLoaders;
  readonly assignmentStatus: AssignmentStatusLoaders;
  readonly environmentAccountConnections: EnvironmentAccountConnectionLoaders;
}

/** What every resolver receives as its third argument. */
export interface GraphQLContext {
  /** Correlates logs with the `x-request-id` response header. */
  readonly requestId: string;
  readonly logger: Logger;
  /** Process-wide AWS clients, for writes (reads go through `loaders`). */
  readonly clients: AwsClients;
  readonly loaders: Loaders;
  readonly cursors: CursorCodec;
}

export interface ContextDependencies {
  clients: AwsClients;
  cursors: CursorCodec;
  logger: Logger;
}

/** Builds a request's context: fresh loaders over the shared clients, a logger tagged with the request id. */
export function createContext(deps: ContextDependencies, requestId: string): GraphQLContext {
  return {
    requestId,
    logger: deps.logger.child({ requestId }),
    clients: deps.clients,
    cursors: deps.cursors,
    loaders: {
      accountAssociations: createAccountAssociationLoaders(deps.clients.iot),
      assignmentStatus: createAssignmentStatusLoaders(deps.clients.ssoAdmin),
      environmentAccountConnections: createEnvironmentAccountConnectionLoaders(deps.clients.proton),
    },
  };
}
