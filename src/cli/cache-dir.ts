// Where the index cache lives: the environment decides, so the CLI does (src/index takes the folder).
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The cache folder: `$SHUYU_CACHE_DIR`, else `$XDG_CACHE_HOME/shuyu`, else `~/.cache/shuyu`. */
export function defaultCacheDir(env: Record<string, string | undefined>): string {
  if (env.SHUYU_CACHE_DIR) return env.SHUYU_CACHE_DIR;
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'shuyu');
}
