/** docsift: clean scraped Chinese work-summary pages into text and typed data. */
export { clean, extract, extractAll, sift, cleanToMarkdown } from './api.js'
export { DocsiftError, toErrorRecord } from './errors.js'
export { docsift, docsiftClean, docsiftExtract, docsiftParse } from './pipeline.js'
export { RULES } from './rules/index.js'
export type { Rule, RuleScope, Cut, DocFacts, RuleBlock } from './rules/types.js'
export * from './schema.js'
