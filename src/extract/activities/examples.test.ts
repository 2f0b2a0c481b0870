import { describe, expect, it } from 'vitest'
import { extractActivities, extractListed } from './index.js'
import { linesToBlocks } from './test-utils.js'

function names(lines: string[]): string[] {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).map((a) => a.name)
}

describe('example events and the title event', () => {
  it('takes the quoted events a deed gives as examples, even under a background heading', () => {
    expect(names([
      '学校读书节活动总结', '一、活动背景',
      '本月以校园读书节为契机,开展各类阅读展示项目,如以经典诵读为主题的“诗韵校园”朗诵会和“我最喜爱的一本书”演讲比赛,全校学生踊跃参加。',
    ])).toEqual(['“诗韵校园”朗诵会', '“我最喜爱的一本书”演讲比赛'])
  })

  it('needs a deed before the example clause', () => {
    expect(names(['学校读书节活动总结', '学生喜欢的项目很多,如“诗韵校园”朗诵会,大家都很期待。'])).toEqual([])
  })

  it('names the event of an activity summary whose body enumerates nothing', () => {
    const title = '校园防踩踏应急疏散演练总结'
    const { text, blocks } = linesToBlocks([title, '本次演练检验了预案的可操作性,全体师生参加,用时四分钟完成疏散。'])
    const [event, ...rest] = extractListed(text, blocks, title).activities
    expect(event).toMatchObject({ text: '校园防踩踏应急疏散演练', offset: 0 })
    expect(rest).toEqual([])
    // A work summary names no event; a body with listed deeds keeps them instead.
    expect(extractListed(text, blocks, '学校安全工作总结').activities).toEqual([])
    const listed = linesToBlocks([title, '一是召开了演练动员会;二是开展了疏散路线培训。'])
    expect(extractListed(listed.text, listed.blocks, title).activities.map((a) => a.name)).toEqual(['召开演练动员会', '开展疏散路线培训'])
  })
})

describe('section headings', () => {
  it('are no activities when they name a part of the report (theme, tasks, a table, the audience, a review)', () => {
    expect(names([
      '社区消防安全月活动总结', '一、活动主题', '“关注消防,珍爱生命”。', '二、活动安排', '社区成立了消防安全月活动领导小组。',
      '三、重点工作任务', '1、开展消防知识培训;2、组织居民疏散演练。', '四、工作成果统计表', '五、活动对象', '社区全体居民。', '六、2023年工作回顾',
    ])).toEqual(['成立消防安全月活动领导小组', '开展消防知识培训', '组织居民疏散演练'])
  })
})
