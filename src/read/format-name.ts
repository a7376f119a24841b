// Which format a file is in, or is to be written in: the one the user names (--input-format,
// --format), else the one its extension names. One rule for lint, import and export.
import { extname } from 'node:path';
import type { UserError } from '../errors.js';

/** A command's formats: by the names the user may give (aliases too) and by extension. */
export interface FormatNames<F> {
  /** Lower-case names (`xliff`, `xlf`, `gettext`) to formats. */
  names: Readonly<Record<string, F>>;
  /** Lower-case extensions without their dot (`xlf`, `tab`) to formats. */
  extensions: Readonly<Record<string, F>>;
  /** The error for a name that names no format. */
  unknown(name: string): UserError;
}

/**
 * The format `name` names (case-insensitive), else the one the extension of `path` names
 * (case-insensitive); undefined when there is no name and the path has no known extension
 * (the caller decides what then: ask, look at the content).
 */
export function formatFromName<F>(name: string | undefined, path: string | undefined, formats: FormatNames<F>): F | undefined {
  if (name !== undefined) {
    const key = name.toLowerCase();
    if (!Object.hasOwn(formats.names, key)) throw formats.unknown(name);
    return formats.names[key];
  }
  if (path === undefined) return undefined;
  const ext = extensionOf(path);
  return Object.hasOwn(formats.extensions, ext) ? formats.extensions[ext] : undefined;
}

/** The extension of a path, lower-case and without its dot ('' for none; `.profile` has none). */
export function extensionOf(path: string): string {
  return extname(path).slice(1).toLowerCase();
}
