import { defineDomain } from '../module';
import { createLoaders } from './loaders';
import { assignmentStatusResolvers, loadAssignmentStatusNode } from './resolvers';

/** `AssignmentStatus`, over IAM Identity Center (SSO Admin). */
export const ssoAdmin = defineDomain({
  client: 'ssoAdmin',
  resolvers: assignmentStatusResolvers,
  createLoaders,
  // No writes yet.
  createService: () => ({}),
  nodeTypes: { AssignmentStatus: loadAssignmentStatusNode },
});
