import { describe, expect, it } from 'vitest'
import { groupByTop, joinLines, positionOf } from './reflow.js'

describe('positionOf', () => {
  it('reads top and left pixels from inline styles', () => {
    expect(positionOf('width:90px;top:243.5px;left:80px;z-index:0')).toEqual({ top: 243.5, left: 80 })
    expect(positionOf('top: 12px')).toEqual({ top: 12, left: 0 })
    expect(positionOf('width:10px')).toBeNull()
    expect(positionOf(undefined)).toBeNull()
  })
})

describe('groupByTop', () => {
  it('merges runs on one visual line in left order, lines in top order', () => {
    const lines = groupByTop([
      { text: '次，参加学生', top: 100.5, left: 200 },
      { text: '开展讲座2场', top: 127, left: 80 },
      { text: '共开展教育18', top: 100, left: 80 },
      { text: '1200余人。', top: 101, left: 300 },
    ])
    expect(lines).toEqual(['共开展教育18次，参加学生1200余人。', '开展讲座2场'])
  })
})

describe('joinLines', () => {
  it('joins wrapped lines and keeps headings, list items and sentence ends apart', () => {
    const out = joinLines([
      '一、基本情况',
      '本学期学校共组织安全教育活动十八次，邀请',
      '消防救援大队教官来校授课两场，参加学',
      '生一千二百余人。',
      '二、存在问题',
      '1. 部分班级演练组织不够规范，疏散用时偏',
      '长。',
      '(一)下一步打算',
    ])
    expect(out).toEqual([
      '一、基本情况',
      '本学期学校共组织安全教育活动十八次，邀请消防救援大队教官来校授课两场，参加学生一千二百余人。',
      '二、存在问题',
      '1. 部分班级演练组织不够规范，疏散用时偏长。',
      '(一)下一步打算',
    ])
  })
  it('keeps a space only where wrapped Latin words met', () => {
    expect(joinLines(['The summer volunteer programme served over', 'two thousand residents.'])).toEqual([
      'The summer volunteer programme served over two thousand residents.',
    ])
  })
})
