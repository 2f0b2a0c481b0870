import { describe, expect, it } from 'vitest'
import { isNewsHeadline, looksLikeTitle } from './title.js'

describe('looksLikeTitle', () => {
  it('reads a genre word closing a short line as a title', () => {
    expect(looksLikeTitle('某某县水利局2023年工作总结')).toBe(true)
    expect(looksLikeTitle('某某街道2024年工作要点')).toBe(true)
  })

  it("reads a speech's title: the meeting it was given at, or a manuscript", () => {
    expect(looksLikeTitle('在全县2023年秋冬季森林防火工作动员会上的讲话')).toBe(true)
    expect(looksLikeTitle('在某某协会2024年会员大会上的致辞')).toBe(true)
    expect(looksLikeTitle('全县消防工作推进会讲话稿')).toBe(true)
  })

  it('leaves a sentence, a column label and a long line alone', () => {
    expect(looksLikeTitle('县长在会上作了重要讲话。')).toBe(false)
    expect(looksLikeTitle('领导讲话')).toBe(false)
    expect(looksLikeTitle(`在${'全县'.repeat(30)}会议上的讲话`)).toBe(false)
  })
})

describe('isNewsHeadline', () => {
  it('reads a line reporting an event as a headline', () => {
    expect(isNewsHeadline('某某县妇联召开2024年执委(扩大)会议')).toBe(true)
    expect(isNewsHeadline('我县举办首期巾帼家政技能培训班')).toBe(true)
  })

  it('leaves a sentence, a key and a bare verb alone', () => {
    expect(isNewsHeadline('全年召开党员大会6次,开展主题党日活动12次。')).toBe(false)
    expect(isNewsHeadline('主要做法:召开动员大会')).toBe(false)
    expect(isNewsHeadline('召开会议')).toBe(false)
  })
})
