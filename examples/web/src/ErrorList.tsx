import { shownErrors } from './errors';

/** The errors of an operation, by `extensions.code`. */
export function ErrorList({ error }: { error: unknown }) {
  const errors = shownErrors(error);
  if (errors.length === 0) return null;
  return (
    <ul className="errors" role="alert">
      {errors.map((e, index) => (
        <li key={index}>
          <code data-testid="error-code">{e.code}</code> {e.message}
        </li>
      ))}
    </ul>
  );
}
