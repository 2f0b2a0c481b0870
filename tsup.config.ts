import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    schema: 'src/schema.ts',
    cli: 'src/cli/main.ts',
    worker: 'src/batch/worker.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  shims: true,
  // nodejieba is a native addon: it must stay a runtime require, never bundled.
  external: ['nodejieba'],
})
