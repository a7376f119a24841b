// Bundles the CLI with esbuild. Start-up time is a product target (DESIGN §6: `shuyu lookup`
// within 2.5× of `node -e 0`): loading ~25 small ES modules plus commander's files cost more
// than the lookup itself, and one bundle with split chunks for the lazy paths loads in a
// fraction of that. tsc still type-checks (npm run typecheck); tests run the sources.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Build beside dist/ and swap it in, so a failed build leaves the last good one in place.
rmSync('dist.new', { recursive: true, force: true });
await build({
  entryPoints: { shuyu: 'src/cli/main.ts', io: 'src/cli/io.ts' },
  outdir: 'dist.new',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  chunkNames: '[name]-[hash]', // beside the entries: src/paths.ts relies on dist/*.js being one level down
  // Large data packages and the UI/PDF stacks stay as packages, loaded only on their paths.
  external: ['opencc-js', 'opencc-js/*', 'pinyin-pro', 'ink', 'react', 'react/*', 'pdfkit', 'ink-testing-library'],
  // commander is CommonJS and requires node:events; give the ESM chunks a require of their own.
  banner: { js: "import { createRequire as __shuyuCreateRequire } from 'node:module'; const require = __shuyuCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
rmSync('dist', { recursive: true, force: true });
renameSync('dist.new', 'dist');
