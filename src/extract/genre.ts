/** The genre a document labels itself with, read from its title (then its opening). */
import type { Genre } from '../schema.js'

// Ordered: the first that matches wins, so 述职 beats 报告 and 演练总结 beats 总结.
const GENRES: readonly (readonly [RegExp, Genre])[] = [
  [/述职|述廉/, 'debrief'],
  [/计划|方案|规划|要点|安排|打算/, 'plan'],
  [/年度|年终|全年|一年来|(?:19|20)\d{2}年(?:度)?工作总结$/, 'year-end'],
  [/活动(?:周)?(?:工作)?总结|演练总结|活动月|宣传月|宣传周|活动周|安全月|节.{0,6}总结/, 'activity-summary'],
  [/总结|汇报|调研报告|工作报告/, 'work-summary'],
  [/报告/, 'report'],
]

/** Genre from the title, else from the first 200 characters, else `other`. */
export function genreOf(title: string | null, text: string): Genre {
  for (const source of [title ?? '', text.slice(0, 200)]) {
    for (const [re, genre] of GENRES) if (re.test(source)) return genre
  }
  return 'other'
}
