// shuyu's version, read from package.json once (it is part of the index cache key).
import { readFileSync } from 'node:fs';
import { PACKAGE_JSON } from './paths.js';

let version: string | undefined;
export function shuyuVersion(): string {
  if (!version) {
    const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
    version = pkg.version;
  }
  return version;
}
