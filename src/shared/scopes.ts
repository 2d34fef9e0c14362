/**
 * The scopes a caller may hold (DESIGN.md, "Identity and access"): the gateway enforces them and
 * the emulator's development issuer grants them, so both read this one list.
 */
export const SCOPES = [
  'associations:read',
  'associations:write',
  'assignments:read',
  'assignments:write',
  'connections:read',
] as const;
export type Scope = (typeof SCOPES)[number];
