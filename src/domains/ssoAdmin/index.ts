import { defineDomain } from '../module';
import { createLoaders } from './loaders';
import {
  assignmentStatusResolvers,
  loadAssignmentStatusNode,
  loadPermissionSetNode,
} from './resolvers';
import { createService } from './service';

/** `AssignmentStatus`, `PermissionSet` and `SsoInstance`, over IAM Identity Center (SSO Admin). */
export const ssoAdmin = defineDomain({
  client: 'ssoAdmin',
  resolvers: assignmentStatusResolvers,
  createLoaders,
  createService,
  nodeTypes: {
    AssignmentStatus: loadAssignmentStatusNode,
    PermissionSet: loadPermissionSetNode,
  },
});
