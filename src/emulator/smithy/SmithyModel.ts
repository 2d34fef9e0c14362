/** The subset of the Smithy JSON AST (https://smithy.io/2.0/spec/json-ast.html) the emulator reads. */
export type Traits = Readonly<Record<string, unknown>>;

export interface ShapeRef {
  readonly target: string;
  readonly traits?: Traits;
}

export interface Shape {
  readonly type: string;
  readonly traits?: Traits;
  readonly members?: Readonly<Record<string, ShapeRef>>;
  readonly member?: ShapeRef;
  readonly key?: ShapeRef;
  readonly value?: ShapeRef;
  readonly input?: ShapeRef;
  readonly output?: ShapeRef;
  readonly errors?: readonly ShapeRef[];
  readonly operations?: readonly ShapeRef[];
}

export interface SmithyModel {
  readonly smithy: string;
  readonly shapes: Readonly<Record<string, Shape>>;
}

export interface HttpTrait {
  readonly method: string;
  readonly uri: string;
  readonly code?: number;
}

export interface LengthTrait {
  readonly min?: number;
  readonly max?: number;
}

export type RangeTrait = LengthTrait;
