import { defineConfig } from 'tsup'

/**
 * One ESM build of what runs: the library, the schema entry, the CLI and the pool's worker. No
 * source maps, no CommonJS copy (dist/index.cjs and schema.cjs are shims that require() this
 * build, see scripts/cjs-shims.mjs). Dependencies stay external (tsup's default), so none of
 * them is shipped twice.
 */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    cli: 'src/cli/main.ts',
    worker: 'src/batch/worker.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts' } },
  sourcemap: false,
  target: 'node20',
  // `npm run build` empties dist/ first.
  clean: false,
})
