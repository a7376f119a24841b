// Where the package's own files are. This module sits one folder below the package root both
// as source (src/paths.ts) and as the bundle (dist/*.js), so one relative URL serves both.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BUILTIN_GLOSSARY_DIR = fileURLToPath(new URL('../glossary/', import.meta.url));
export const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));
