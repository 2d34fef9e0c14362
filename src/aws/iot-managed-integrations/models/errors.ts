import type { ExceptionOptionType as __ExceptionOptionType } from '@smithy/core/client';

import { IoTManagedIntegrationsServiceException as __BaseException } from './IoTManagedIntegrationsServiceException';

/**
 * User is not authorized.
 * @public
 */
export class AccessDeniedException extends __BaseException {
  override readonly name = 'AccessDeniedException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<AccessDeniedException, __BaseException>) {
    super({ name: 'AccessDeniedException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, AccessDeniedException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * There is a conflict with the request.
 * @public
 */
export class ConflictException extends __BaseException {
  override readonly name = 'ConflictException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ConflictException, __BaseException>) {
    super({ name: 'ConflictException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ConflictException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * Internal error from the service that indicates an unexpected error or that the service is unavailable.
 * @public
 */
export class InternalServerException extends __BaseException {
  override readonly name = 'InternalServerException' as const;
  override readonly $fault = 'server' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<InternalServerException, __BaseException>) {
    super({ name: 'InternalServerException', $fault: 'server', ...opts });
    Object.setPrototypeOf(this, InternalServerException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * The request is not valid.
 * @public
 */
export class InvalidRequestException extends __BaseException {
  override readonly name = 'InvalidRequestException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<InvalidRequestException, __BaseException>) {
    super({ name: 'InvalidRequestException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, InvalidRequestException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * The specified resource does not exist.
 * @public
 */
export class ResourceNotFoundException extends __BaseException {
  override readonly name = 'ResourceNotFoundException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  /** Id of the affected resource. */
  ResourceId?: string | undefined;
  /** Type of the affected resource. */
  ResourceType?: string | undefined;
  constructor(opts: __ExceptionOptionType<ResourceNotFoundException, __BaseException>) {
    super({ name: 'ResourceNotFoundException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ResourceNotFoundException.prototype);
    this.Message = opts.Message;
    this.ResourceId = opts.ResourceId;
    this.ResourceType = opts.ResourceType;
  }
}

/**
 * The service is temporarily unavailable.
 * @public
 */
export class ServiceUnavailableException extends __BaseException {
  override readonly name = 'ServiceUnavailableException' as const;
  override readonly $fault = 'server' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ServiceUnavailableException, __BaseException>) {
    super({ name: 'ServiceUnavailableException', $fault: 'server', ...opts });
    Object.setPrototypeOf(this, ServiceUnavailableException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * The rate exceeds the limit.
 * @public
 */
export class ThrottlingException extends __BaseException {
  override readonly name = 'ThrottlingException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ThrottlingException, __BaseException>) {
    super({ name: 'ThrottlingException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ThrottlingException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * You are not authorized to perform this operation.
 * @public
 */
export class UnauthorizedException extends __BaseException {
  override readonly name = 'UnauthorizedException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<UnauthorizedException, __BaseException>) {
    super({ name: 'UnauthorizedException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, UnauthorizedException.prototype);
    this.Message = opts.Message;
  }
}

/**
 * A validation error occurred when performing the API request.
 * @public
 */
export class ValidationException extends __BaseException {
  override readonly name = 'ValidationException' as const;
  override readonly $fault = 'client' as const;
  Message?: string | undefined;
  constructor(opts: __ExceptionOptionType<ValidationException, __BaseException>) {
    super({ name: 'ValidationException', $fault: 'client', ...opts });
    Object.setPrototypeOf(this, ValidationException.prototype);
    this.Message = opts.Message;
  }
}
