import { assertNever } from '../../shared/assertNever';
import type { ServiceModel } from '../smithy/ServiceModel';
import { awsJsonProtocol } from './awsJson';
import type { Protocol } from './Protocol';
import { restJson1Protocol } from './restJson1';

/** The protocol implementation named by the service model's protocol trait. */
export function protocolFor(model: ServiceModel): Protocol {
  switch (model.protocol) {
    case 'restJson1':
      return restJson1Protocol(model);
    case 'awsJson1_0':
      return awsJsonProtocol(model, '1.0');
    case 'awsJson1_1':
      return awsJsonProtocol(model, '1.1');
    default:
      return assertNever(model.protocol, 'protocol');
  }
}
