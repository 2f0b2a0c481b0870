import { describe, expect, it } from 'vitest'
import { continuesEnumeration, leadingMarker, markerLevel, runInHeadingEnd } from './markers.js'

describe('leadingMarker', () => {
  it('reads the style and number of each outline marker', () => {
    expect(leadingMarker('二、强化组织领导')).toEqual({ style: 'cn-dun', n: 2 })
    expect(leadingMarker('(三)开展宣传')).toEqual({ style: 'cn-paren', n: 3 })
    expect(leadingMarker('12、走访农户')).toEqual({ style: 'ar-dun', n: 12 })
    expect(leadingMarker('三是加强督查')).toEqual({ style: 'cn-shi', n: 3 })
    expect(leadingMarker('第三,深化乡风文明建设。')).toEqual({ style: 'cn-di', n: 3 })
    expect(leadingMarker('第二：补齐短板')).toEqual({ style: 'cn-di', n: 2 })
    expect(leadingMarker('二要整治道路交通。')).toEqual({ style: 'cn-yao', n: 2 })
    expect(leadingMarker('• 项目一')).toEqual({ style: 'bullet•', n: 1 })
  })

  it('reads no marker in ordinals that are not an outline step', () => {
    expect(leadingMarker('第一章 总则')).toBeNull()
    expect(leadingMarker('第3页')).toBeNull()
    expect(leadingMarker('第三季度完成投资2亿元。')).toBeNull()
    expect(leadingMarker('2.5万人参加')).toBeNull()
  })

  it('gives heading levels', () => {
    expect(markerLevel('一、总体情况')).toBe(1)
    expect(markerLevel('(一)组织')).toBe(2)
    expect(markerLevel('1、宣传')).toBe(3)
    expect(markerLevel('(1)宣传')).toBe(4)
  })
})

describe('continuesEnumeration', () => {
  it('finds the item before in the same style, opening the text or after a clause', () => {
    expect(continuesEnumeration('学校将重点做好三件事:一是启动食堂改造,9月底前完成;', '二是开设书法、合唱等16个社团;')).toBe(true)
    expect(continuesEnumeration('(1)完善制度。', '(2)加强培训。')).toBe(true)
    expect(continuesEnumeration('全年工作如下。一是加强领导;二是完善制度;', '三是狠抓落实。')).toBe(true)
  })
  it('does not take another style, a gap in the numbers, or a first item', () => {
    expect(continuesEnumeration('一是加强领导;', '(2)加强培训。')).toBe(false)
    expect(continuesEnumeration('一是加强领导;', '三是狠抓落实。')).toBe(false)
    expect(continuesEnumeration('全年工作如下。', '一是加强领导。')).toBe(false)
    expect(continuesEnumeration('我院急诊科全年收治病人三千余人次。', '我院还开设了夜间门诊。')).toBe(false)
  })
})

describe('runInHeadingEnd', () => {
  it('finds the end of a numbered short first sentence that heads its paragraph', () => {
    expect(runInHeadingEnd('二要整治道路交通。3月底前完成护栏增设。')).toBe('二要整治道路交通。'.length)
    expect(runInHeadingEnd('(三)抓好宣传:全年发放资料3000份。')).toBe('(三)抓好宣传:'.length)
  })

  it('finds none without a marker, past twenty characters, or when the heading is the whole paragraph', () => {
    expect(runInHeadingEnd('整治道路交通。3月底前完成护栏增设。')).toBe(-1)
    expect(runInHeadingEnd('二是全面完成了全乡九处临水临崖路段的护栏增设工作。农村客运车辆实行一车一档。')).toBe(-1)
    expect(runInHeadingEnd('二要整治道路交通。')).toBe(-1)
  })
})
