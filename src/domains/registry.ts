import { iotManagedIntegrations } from './iotManagedIntegrations';
import type { NodeTypeName } from './module';
import { proton } from './proton';
import { ssoAdmin } from './ssoAdmin';

/**
 * Every domain of the graph, one line each (named after its AWS service, like the emulator's
 * `services/` folders). Context, resolvers and `node` dispatch are built from this list.
 */
export const DOMAINS = {
  iotManagedIntegrations,
  ssoAdmin,
  proton,
} as const;

type Domains = typeof DOMAINS;
export type DomainName = keyof Domains;

/** Each domain's per-request DataLoaders, under its name. */
export type DomainLoaders = {
  readonly [K in DomainName]: ReturnType<Domains[K]['createLoaders']>;
};
/** Each domain's per-request write path, under its name. */
export type DomainServices = {
  readonly [K in DomainName]: ReturnType<Domains[K]['createService']>;
};
/** The `Node` types some domain can refetch. */
type RefetchableType = {
  [K in DomainName]: keyof Domains[K]['nodeTypes'];
}[DomainName];
/**
 * Compile-time check: every type that implements `Node` in the schema (every `<Type>Model` in the
 * `Node` union) is refetchable by some domain; otherwise this names the missing types.
 */
export const EVERY_NODE_TYPE_IS_REFETCHABLE: [Exclude<NodeTypeName, RefetchableType>] extends [
  never,
]
  ? true
  : Exclude<NodeTypeName, RefetchableType> = true;
