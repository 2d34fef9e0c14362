import type { ServiceError } from '../ServiceError';
import type { ServiceModel } from '../smithy/ServiceModel';
import { encodeShape } from './encodeShape';

/** Status of errors no model declares (AWS's common errors), used when a service does not model them. */
const COMMON_ERROR_STATUS: Readonly<Record<string, number>> = {
  ThrottlingException: 400,
  ServiceUnavailableException: 503,
  InternalServerException: 500,
  InternalFailure: 500,
  ServiceUnavailable: 503,
  RequestTimeoutException: 408,
  AccessDeniedException: 403,
  ValidationException: 400,
};

export function commonErrorStatus(code: string): number | undefined {
  return COMMON_ERROR_STATUS[code];
}

/**
 * The status and JSON members of an error as the service's model declares it: the message goes into
 * the error structure's own message member (`Message` for IoT managed integrations and SSO Admin,
 * `message` for Proton), extra fields only when the structure has them. Errors the model does not
 * declare (auth and protocol errors) are sent as `{ "message": … }`, as AWS's front ends do.
 */
export function errorMembers(
  model: ServiceModel,
  error: ServiceError,
): { status: number; members: Record<string, unknown> } {
  const modelled = model.error(error.code);
  if (!modelled) {
    return {
      status: error.status ?? commonErrorStatus(error.code) ?? 400,
      members: { message: error.message },
    };
  }
  const shape = model.shape(modelled.shapeId);
  const memberNames = Object.keys(shape.members ?? {});
  const messageMember = memberNames.find((name) => name.toLowerCase() === 'message') ?? 'message';
  const source = { ...error.fields, [messageMember]: error.message };
  const members = encodeShape(model, modelled.shapeId, source) as Record<string, unknown>;
  return { status: modelled.status, members };
}
