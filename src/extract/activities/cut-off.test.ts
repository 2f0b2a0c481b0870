import { describe, expect, it } from 'vitest'
import { finishedPart, unfinishedClause } from './cut-off.js'
import { activityAt } from './name.js'

describe('a page cut off at its end', () => {
  it('finds the clause a page cut off mid-word stops in', () => {
    const text = '2023年政务公开工作总结\n二是扎实开展窗口业务培训,规范窗口服务,全面提升办事效'
    expect(text.slice(unfinishedClause(text))).toBe('全面提升办事效')
  })

  it('finds none where the page ends on a whole word, on a full stop, or on a line without clauses', () => {
    for (const text of ['工作总结\n每月开展消防安全自查,组织全员消防演练', '工作总结\n全年完成各项任务。', '工作总结\n某某社区居委会']) {
      expect(unfinishedClause(text)).toBe(text.length)
    }
  })

  it('keeps the clauses of an activity before the unfinished one, and drops one that is only that', () => {
    const text = '二是扎实开展窗口业务培训,全面提升办事效'
    const at = unfinishedClause(text)
    expect(finishedPart(activityAt(text.slice(2), 2), text, at).map((a) => a.text)).toEqual(['扎实开展窗口业务培训'])
    expect(finishedPart(activityAt('全面提升办事效', at), text, at)).toEqual([])
    expect(finishedPart(activityAt('扎实开展窗口业务培训', 2), text, at).map((a) => a.text)).toEqual(['扎实开展窗口业务培训'])
  })
})
