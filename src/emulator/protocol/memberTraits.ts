import type { ServiceModel } from '../smithy/ServiceModel';
import type { ShapeRef, Traits } from '../smithy/SmithyModel';

/** A member's effective traits: the target shape's traits overridden by the member's own (Smithy trait merging). */
export function memberTraits(model: ServiceModel, ref: ShapeRef): Traits {
  return { ...model.shape(ref.target).traits, ...ref.traits };
}

/** The name a member has in validation messages: AWS writes it lower-camel-cased (`accountAssociationId`). */
export function memberPath(parent: string, member: string): string {
  const name = member.charAt(0).toLowerCase() + member.slice(1);
  return parent ? `${parent}.${name}` : name;
}
