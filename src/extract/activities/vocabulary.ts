/**
 * Words that tell what an enumeration is about: a section or lead sentence naming problems,
 * plans, highlights or background makes its items something other than activities.
 */

/** What a heading or lead sentence makes of the items under it. */
export type ContextKind = 'activity' | 'highlight' | 'problem' | 'plan' | 'aspect' | 'neutral'

/** Words announcing the things done (主要活动, 主要做法, 工作措施 …); checked first so they win. */
export const ACTIVITY_WORDS = [
  '主要活动', '活动项目', '活动内容', '主要做法', '具体做法', '主要措施', '工作措施', '具体措施', '主要工作', '开展了',
  '做了如下', '做了以下', '系列活动', '活动有',
] as const

/** Words announcing highlights, features and results. */
export const HIGHLIGHT_WORDS = ['亮点', '特点', '特色', '成效', '成绩', '成果', '收获'] as const

/** Words announcing problems and shortcomings. */
export const PROBLEM_WORDS = ['问题', '不足', '困难', '差距', '教训', '薄弱', '短板'] as const

/** Words announcing future plans. */
export const PLAN_WORDS = ['下一步', '今后', '打算', '明年', '努力方向', '展望', '设想', '建议'] as const

/** Heading endings that name an aspect of the document (background, purpose, time, staffing …), not a deed. */
export const ASPECT_ENDINGS = [
  '情况', '概述', '概况', '背景', '意义', '目的', '依据', '地点', '时间', '分工', '原则', '架构', '机构', '指导思想',
  '目标任务', '目标', '要求', '安排', '人员', '体会', '启示', '经验', '感想', '思路', '做法', '措施', '举措', '主要活动',
  '活动内容', '工作开展',
] as const

/** Aspect headings are short labels; a longer line ending the same way is a sentence about a deed. */
export const MAX_ASPECT_HEADING = 14

/** Verbs that open a clause listing programmes (实施产业发展、易地搬迁…). */
export const CLAUSE_VERBS = ['实施', '推进', '开展', '抓好', '推动', '落实', '做好', '加强', '突出', '围绕', '组织', '举办'] as const
