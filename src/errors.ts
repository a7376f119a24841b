/** A position in a file. `line` and `column` are 1-based, counted in UTF-16 code units. */
export interface Place {
  file: string;
  line: number;
  column: number;
}

/**
 * A mistake the user can fix: bad YAML, an unknown key, an unreadable file. The CLI prints it
 * as `file:line:col: message` with the hint and exits 2; anything else is a bug and keeps its stack.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly place?: Place,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Formats a place as `file:line:col` (or just `file` when the position is unknown). */
export function formatPlace(place: Place): string {
  return place.line > 0 ? `${place.file}:${place.line}:${place.column}` : place.file;
}

/** A problem found in a file, with its severity and place. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  at: Place;
  hint?: string;
}

/** Several problems at once: an invalid glossary reports all of its errors, not the first. */
export class ValidationError extends UserError {
  constructor(
    message: string,
    readonly problems: Diagnostic[],
  ) {
    super(message);
  }
}

/** `file:line:col: severity: message (hint)`, the one-line form every command prints. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${formatPlace(d.at)}: ${d.severity}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`;
}
