import type { HttpTrait, Shape, ShapeRef, SmithyModel } from './SmithyModel';

export type ProtocolName = 'restJson1' | 'awsJson1_0' | 'awsJson1_1';

export interface OperationModel {
  /** AWS operation name, e.g. `GetAccountAssociation`. */
  readonly name: string;
  readonly inputId: string | undefined;
  readonly outputId: string | undefined;
  /** Names of the errors the operation declares. */
  readonly errors: readonly string[];
  readonly http: HttpTrait | undefined;
}

export interface ErrorModel {
  readonly name: string;
  readonly shapeId: string;
  readonly status: number;
  readonly fault: 'client' | 'server';
}

const PRELUDE: Readonly<Record<string, Shape>> = {
  'smithy.api#String': { type: 'string' },
  'smithy.api#Boolean': { type: 'boolean' },
  'smithy.api#PrimitiveBoolean': { type: 'boolean' },
  'smithy.api#Integer': { type: 'integer' },
  'smithy.api#PrimitiveInteger': { type: 'integer' },
  'smithy.api#Long': { type: 'long' },
  'smithy.api#PrimitiveLong': { type: 'long' },
  'smithy.api#Float': { type: 'float' },
  'smithy.api#Double': { type: 'double' },
  'smithy.api#Timestamp': { type: 'timestamp' },
  'smithy.api#Document': { type: 'document' },
  'smithy.api#Unit': { type: 'structure', members: {} },
};

const PROTOCOL_TRAITS: ReadonlyArray<[string, ProtocolName]> = [
  ['aws.protocols#restJson1', 'restJson1'],
  ['aws.protocols#awsJson1_0', 'awsJson1_0'],
  ['aws.protocols#awsJson1_1', 'awsJson1_1'],
];

function localName(shapeId: string): string {
  return shapeId.slice(shapeId.indexOf('#') + 1);
}

/** Read-only view of one service's Smithy model: its protocol, operations, shapes and errors. */
export class ServiceModel {
  readonly protocol: ProtocolName;
  /** The SigV4 signing name (`aws.auth#sigv4`), which requests must name in their credential scope. */
  readonly signingName: string;
  /** The awsJson `X-Amz-Target` prefix: the service shape's name. */
  readonly targetPrefix: string;
  readonly operations: ReadonlyMap<string, OperationModel>;
  private readonly errorsByName = new Map<string, ErrorModel>();

  constructor(private readonly model: SmithyModel) {
    const service = Object.entries(model.shapes).find(([, shape]) => shape.type === 'service');
    if (!service) throw new Error('model has no service shape');
    const [serviceId, serviceShape] = service;
    const traits = serviceShape.traits ?? {};
    const protocol = PROTOCOL_TRAITS.find(([trait]) => trait in traits);
    if (!protocol) throw new Error(`${serviceId} uses no supported protocol`);
    this.protocol = protocol[1];
    this.signingName = (traits['aws.auth#sigv4'] as { name: string }).name;
    this.targetPrefix = localName(serviceId);

    const operations = new Map<string, OperationModel>();
    for (const ref of serviceShape.operations ?? []) {
      const shape = this.shape(ref.target);
      operations.set(localName(ref.target), {
        name: localName(ref.target),
        inputId: this.structureOrUndefined(shape.input),
        outputId: this.structureOrUndefined(shape.output),
        errors: (shape.errors ?? []).map((e) => localName(e.target)),
        http: shape.traits?.['smithy.api#http'] as HttpTrait | undefined,
      });
    }
    this.operations = operations;

    for (const [id, shape] of Object.entries(model.shapes)) {
      const fault = shape.traits?.['smithy.api#error'] as 'client' | 'server' | undefined;
      if (!fault) continue;
      const status =
        (shape.traits?.['smithy.api#httpError'] as number | undefined) ??
        (fault === 'client' ? 400 : 500);
      this.errorsByName.set(localName(id), { name: localName(id), shapeId: id, status, fault });
    }
  }

  shape(id: string): Shape {
    const shape = this.model.shapes[id] ?? PRELUDE[id];
    if (!shape) throw new Error(`unknown shape ${id}`);
    return shape;
  }

  /** The modelled error with this name, wherever the model declares it. */
  error(name: string): ErrorModel | undefined {
    return this.errorsByName.get(name);
  }

  private structureOrUndefined(ref: ShapeRef | undefined): string | undefined {
    return ref && ref.target !== 'smithy.api#Unit' ? ref.target : undefined;
  }
}
