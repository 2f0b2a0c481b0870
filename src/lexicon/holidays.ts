/**
 * Holidays and commemorative days summaries date things by, with the day each falls on and the
 * length of the statutory break where there is one. Names that are also plain numbers or slogans
 * (三八, 五四, 七一, 十一 as 国庆) are `guarded`: they count only in quotes or before a time word.
 */

/** When a holiday falls. */
export type HolidayDate =
  | { solar: readonly [month: number, day: number] }
  | { lunar: readonly [month: number, day: number] }
  /** The last day of the lunar year (除夕). */
  | { lunarEve: true }
  /** Qingming, a solar term (4 or 5 April). */
  | { qingming: true }
  /** The nth given weekday of a month (weekday 1 = Monday … 7 = Sunday). */
  | { nth: readonly [month: number, weekday: number, n: number] }
  /** A whole month (安全生产月). */
  | { month: number }
  /** A solar term: its month and the 21st-century constant C of the usual formula (冬至: 12, 21.94). */
  | { term: readonly [month: number, c: number] }

export interface Holiday {
  date: HolidayDate
  /** Days of the statutory break a 期间/假期/长假 after the name means (春节 alone means it too). */
  breakDays?: number
  /** Where the break starts, in days from the holiday (春节's starts on 除夕, the day before). */
  breakFrom?: number
  /** The bare name is the break (春节), not the day. */
  nameIsBreak?: boolean
  /** The name is also an everyday number or word: it needs quotes or a time word after it. */
  guarded?: boolean
}

/** Holiday names (and their usual variants) → when they fall. */
export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  元旦: { date: { solar: [1, 1] } },
  阳历新年: { date: { solar: [1, 1] } },
  春节: { date: { lunar: [1, 1] }, breakDays: 7, breakFrom: -1, nameIsBreak: true },
  除夕: { date: { lunarEve: true } },
  农历新年: { date: { lunar: [1, 1] } },
  新春: { date: { lunar: [1, 1] } },
  元宵节: { date: { lunar: [1, 15] } },
  元宵: { date: { lunar: [1, 15] } },
  情人节: { date: { solar: [2, 14] } },
  圣瓦伦丁节: { date: { solar: [2, 14] } },
  学雷锋日: { date: { solar: [3, 5] } },
  学雷锋纪念日: { date: { solar: [3, 5] } },
  三八国际劳动妇女节: { date: { solar: [3, 8] } },
  国际劳动妇女节: { date: { solar: [3, 8] } },
  三八妇女节: { date: { solar: [3, 8] } },
  妇女节: { date: { solar: [3, 8] } },
  三八节: { date: { solar: [3, 8] } },
  三八: { date: { solar: [3, 8] }, guarded: true },
  植树节: { date: { solar: [3, 12] } },
  国际消费者权益日: { date: { solar: [3, 15] } },
  三一五: { date: { solar: [3, 15] }, guarded: true },
  消费者权益日: { date: { solar: [3, 15] } },
  世界水日: { date: { solar: [3, 22] } },
  愚人节: { date: { solar: [4, 1] } },
  清明节: { date: { qingming: true } },
  清明: { date: { qingming: true } },
  全民国家安全教育日: { date: { solar: [4, 15] } },
  国家安全教育日: { date: { solar: [4, 15] } },
  世界地球日: { date: { solar: [4, 22] } },
  世界读书日: { date: { solar: [4, 23] } },
  读书日: { date: { solar: [4, 23] } },
  五一国际劳动节: { date: { solar: [5, 1] }, breakDays: 5 },
  五一劳动节: { date: { solar: [5, 1] }, breakDays: 5 },
  国际劳动节: { date: { solar: [5, 1] }, breakDays: 5 },
  劳动节: { date: { solar: [5, 1] }, breakDays: 5 },
  五一: { date: { solar: [5, 1] }, breakDays: 5, guarded: true },
  五四青年节: { date: { solar: [5, 4] } },
  青年节: { date: { solar: [5, 4] } },
  五四: { date: { solar: [5, 4] }, guarded: true },
  国际护士节: { date: { solar: [5, 12] } },
  护士节: { date: { solar: [5, 12] } },
  防灾减灾日: { date: { solar: [5, 12] } },
  母亲节: { date: { nth: [5, 7, 2] } },
  世界无烟日: { date: { solar: [5, 31] } },
  六一儿童节: { date: { solar: [6, 1] } },
  国际儿童节: { date: { solar: [6, 1] } },
  儿童节: { date: { solar: [6, 1] } },
  六一: { date: { solar: [6, 1] }, guarded: true },
  世界环境日: { date: { solar: [6, 5] } },
  全国爱眼日: { date: { solar: [6, 6] } },
  父亲节: { date: { nth: [6, 7, 3] } },
  国际禁毒日: { date: { solar: [6, 26] } },
  安全生产月: { date: { month: 6 } },
  端午节: { date: { lunar: [5, 5] } },
  端午: { date: { lunar: [5, 5] } },
  七一建党节: { date: { solar: [7, 1] } },
  建党节: { date: { solar: [7, 1] } },
  七一: { date: { solar: [7, 1] }, guarded: true },
  八一建军节: { date: { solar: [8, 1] } },
  建军节: { date: { solar: [8, 1] } },
  八一: { date: { solar: [8, 1] }, guarded: true },
  七夕节: { date: { lunar: [7, 7] } },
  七夕: { date: { lunar: [7, 7] } },
  中国医师节: { date: { solar: [8, 19] } },
  医师节: { date: { solar: [8, 19] } },
  教师节: { date: { solar: [9, 10] } },
  中秋节: { date: { lunar: [8, 15] } },
  中秋: { date: { lunar: [8, 15] } },
  烈士纪念日: { date: { solar: [9, 30] } },
  国庆节: { date: { solar: [10, 1] }, breakDays: 7 },
  国庆: { date: { solar: [10, 1] }, breakDays: 7 },
  十一: { date: { solar: [10, 1] }, breakDays: 7, guarded: true },
  重阳节: { date: { lunar: [9, 9] } },
  重阳: { date: { lunar: [9, 9] } },
  老人节: { date: { lunar: [9, 9] } },
  世界粮食日: { date: { solar: [10, 16] } },
  扶贫日: { date: { solar: [10, 17] } },
  万圣节: { date: { solar: [10, 31] } },
  记者节: { date: { solar: [11, 8] } },
  全国消防日: { date: { solar: [11, 9] } },
  消防日: { date: { solar: [11, 9] } },
  感恩节: { date: { nth: [11, 4, 4] } },
  世界艾滋病日: { date: { solar: [12, 1] } },
  全国交通安全日: { date: { solar: [12, 2] } },
  国际残疾人日: { date: { solar: [12, 3] } },
  国家宪法日: { date: { solar: [12, 4] } },
  宪法日: { date: { solar: [12, 4] } },
  国际志愿者日: { date: { solar: [12, 5] } },
  国家公祭日: { date: { solar: [12, 13] } },
  澳门回归纪念日: { date: { solar: [12, 20] } },
  香港回归纪念日: { date: { solar: [7, 1] } },
  平安夜: { date: { solar: [12, 24] } },
  圣诞节: { date: { solar: [12, 25] } },
  圣诞: { date: { solar: [12, 25] }, guarded: true },
  腊八节: { date: { lunar: [12, 8] } },
  腊八: { date: { lunar: [12, 8] } },
  小年: { date: { lunar: [12, 23] } },
  // Solar terms (清明 is above); 雨水, 大雪 and 小雪 are left out (summaries use them
  // for the weather), and so is 处暑 (身处暑假).
  小寒: { date: { term: [1, 5.4055] } },
  大寒: { date: { term: [1, 20.12] } },
  立春: { date: { term: [2, 3.87] } },
  惊蛰: { date: { term: [3, 5.63] } },
  春分: { date: { term: [3, 20.646] } },
  谷雨: { date: { term: [4, 20.1] } },
  立夏: { date: { term: [5, 5.52] } },
  小满: { date: { term: [5, 21.04] } },
  芒种: { date: { term: [6, 5.678] } },
  夏至: { date: { term: [6, 21.37] } },
  小暑: { date: { term: [7, 7.108] } },
  大暑: { date: { term: [7, 22.83] } },
  立秋: { date: { term: [8, 7.5] } },
  白露: { date: { term: [9, 7.646] } },
  秋分: { date: { term: [9, 23.042] } },
  寒露: { date: { term: [10, 8.318] } },
  霜降: { date: { term: [10, 23.438] } },
  立冬: { date: { term: [11, 7.438] } },
  冬至: { date: { term: [12, 21.94] } },
}

/** Nouns right after a bare holiday name that make it the name of an event (重阳节敬老活动, 中秋茶话会). */
export const HOLIDAY_EVENT_NOUNS = [
  '活动', '晚会', '联欢', '茶话会', '座谈会', '慰问', '主题', '系列', '知识', '竞赛', '比赛', '征文', '演讲', '游园',
  '汇演', '文艺', '表彰', '敬老', '尊老', '游戏', '趣味', '晚宴', '聚会', '专场', '节目', '礼物', '贺卡', '祝福', '献礼', '特辑',
] as const

/** Words after a bare holiday name that make it one end of an open period (春节后, 国庆前): not a date. */
export const HOLIDAY_BOUNDARY_WORDS = ['以前', '之前', '以后', '之后', '过后', '前', '后'] as const

/** Words after a holiday name that make it a time (and, for a break, the break). */
export const HOLIDAY_TIME_WORDS = [
  '即将到来之际', '到来之际', '来临之际', '节日期间', '节期间', '期间', '前后', '前夕', '当天', '当日', '之际', '来临',
  '到来', '那天', '这天', '假期', '长假', '小长假', '黄金周',
] as const

/** Time words after a holiday that mean its statutory break. */
export const BREAK_WORDS: ReadonlySet<string> = new Set(['节日期间', '节期间', '期间', '假期', '长假', '小长假', '黄金周'])

/** Words that refer back to the holiday named last (长假期间, 节日期间): they take its break. */
export const HOLIDAY_BACK_REFERENCES = ['节假日期间', '节日期间', '假期期间', '长假期间', '放假期间', '小长假期间', '假日期间', '长假里'] as const
