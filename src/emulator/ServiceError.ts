/**
 * An error answered to the caller, named exactly as AWS names it (`ResourceNotFoundException`, …).
 * Handlers throw it; the protocol serializer encodes it with the status and members the service's
 * model declares for that error, or with `status` when the model does not declare it (auth and
 * protocol-level errors such as `MissingAuthenticationTokenException` or `SerializationException`).
 */
export class ServiceError extends Error {
  override readonly name: string;

  constructor(
    readonly code: string,
    message: string,
    /** Extra members of the error structure, e.g. `ResourceId` (only those the model declares are sent). */
    readonly fields: Readonly<Record<string, unknown>> = {},
    readonly status?: number,
  ) {
    super(message);
    this.name = code;
  }
}
