import { defineConfig, type Options } from 'tsup'

const entry = {
  index: 'src/index.ts',
  schema: 'src/schema.ts',
  cli: 'src/cli/main.ts',
  worker: 'src/batch/worker.ts',
}

// Dependencies that ship CommonJS (or are native): required at run time by both builds.
const RUNTIME = ['nodejieba', 'piscina', 'bullmq', 'ioredis', 'cheerio', 'chrono-node', 'zod', 'iconv-lite', 'chardet', 'commander', 'cli-progress', 'tinyglobby']

const shared: Options = {
  entry,
  sourcemap: true,
  target: 'node20',
  shims: true,
  // Both configs write to dist/ concurrently: `npm run build` empties it first instead.
  clean: false,
}

export default defineConfig([
  {
    ...shared,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts' } },
    // nodejieba is a native addon: never bundled.
    external: ['nodejieba'],
  },
  {
    ...shared,
    format: ['cjs'],
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema.ts' } },
    // unified, vfile, remark and mdast utilities are ESM-only: the CJS build carries its own copy
    // of them, so `require('docsift')` works on every Node 20 (require(esm) is not everywhere).
    noExternal: [new RegExp(`^(?!(?:${RUNTIME.join('|')})(?:/|$))`)],
    external: RUNTIME,
  },
])
