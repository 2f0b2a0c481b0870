/**
 * CommonJS entries without a second build: `require('docsift')` loads the ESM build through
 * Node's require(esm) (Node ≥ 20.19), so CJS and ESM callers share one copy of the code (one
 * DocsiftError class, one dictionary load). The .d.cts files repeat the .d.ts declarations.
 */
import { copyFileSync, writeFileSync } from 'node:fs'

for (const name of ['index', 'schema']) {
  writeFileSync(`dist/${name}.cjs`, `'use strict'\n// require(esm): Node >= 20.19\nmodule.exports = require('./${name}.js')\n`)
  copyFileSync(`dist/${name}.d.ts`, `dist/${name}.d.cts`)
}
