import {
  ServiceException as __ServiceException,
  type ServiceExceptionOptions as __ServiceExceptionOptions,
} from '@smithy/core/client';

export type { __ServiceExceptionOptions };
export { __ServiceException };

/**
 * Base exception class for all service exceptions from the IoT managed integrations service.
 * Errors the service answers with an unmodeled code are instances of this class, named after that code.
 * @public
 */
export class IoTManagedIntegrationsServiceException extends __ServiceException {
  constructor(options: __ServiceExceptionOptions) {
    super(options);
    Object.setPrototypeOf(this, IoTManagedIntegrationsServiceException.prototype);
  }
}
