/** The day AWS Proton reached end of support. */
export const PROTON_END_OF_SUPPORT = '2026-10-07';

/** What every Proton field answers when the deployment runs with PROTON=off. */
export const PROTON_SWITCHED_OFF = `AWS Proton reached end of support on ${PROTON_END_OF_SUPPORT}: this gateway is configured not to call it (PROTON=off), so Proton fields are not available`;
