import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import type { ServiceError } from '../ServiceError';
import type { OperationModel } from '../smithy/ServiceModel';

/** One AWS wire protocol: reads an operation's input off HTTP and writes its output or error back. */
export interface Protocol {
  /** Decodes the input structure; throws `SerializationException` when the request is not well-formed. */
  parseInput(
    operation: OperationModel,
    request: EmulatorRequest,
    labels: Readonly<Record<string, string>>,
  ): Record<string, unknown>;
  serializeOutput(
    operation: OperationModel,
    output: Readonly<Record<string, unknown>>,
  ): EmulatorResponse;
  serializeError(error: ServiceError): EmulatorResponse;
}
