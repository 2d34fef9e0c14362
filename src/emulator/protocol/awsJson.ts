import type { EmulatorRequest, EmulatorResponse } from '../http/types';
import type { ServiceError } from '../ServiceError';
import type { OperationModel, ServiceModel } from '../smithy/ServiceModel';
import { decodeShape } from './decodeShape';
import { encodeShape } from './encodeShape';
import { errorMembers } from './errorMembers';
import { parseJsonBody } from './parseJsonBody';
import type { Protocol } from './Protocol';

/**
 * AWS JSON 1.0 / 1.1 (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html): every call is a
 * `POST /` naming its operation in `X-Amz-Target`; input and output are the whole JSON body, errors
 * carry their name in `__type`. The two versions differ only in the content type.
 */
export function awsJsonProtocol(model: ServiceModel, version: '1.0' | '1.1'): Protocol {
  const contentType = `application/x-amz-json-${version}`;
  return {
    parseInput(operation: OperationModel, request: EmulatorRequest): Record<string, unknown> {
      const document = parseJsonBody(request.body);
      if (!operation.inputId) return {};
      return decodeShape(model, operation.inputId, document) as Record<string, unknown>;
    },

    serializeOutput(
      operation: OperationModel,
      output: Readonly<Record<string, unknown>>,
    ): EmulatorResponse {
      const body = operation.outputId ? encodeShape(model, operation.outputId, output) : {};
      return { status: 200, headers: { 'content-type': contentType }, body: JSON.stringify(body) };
    },

    serializeError(error: ServiceError): EmulatorResponse {
      const { status, members } = errorMembers(model, error);
      return {
        status,
        headers: { 'content-type': contentType },
        body: JSON.stringify({ __type: error.code, ...members }),
      };
    },
  };
}
