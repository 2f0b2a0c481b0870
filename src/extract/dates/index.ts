/**
 * Date extraction for Chinese work summaries: mentions, the document year and the covered period.
 */
export { extractDates, type DateContext } from './extract.js'
export { documentYearFromText } from './documentYear.js'
export { periodOf, type CoveredPeriod } from './coveredPeriod.js'
export { pageDate, pageReference, readReference, readWall, type PageFacts, type Reference, type Wall } from './reference.js'
