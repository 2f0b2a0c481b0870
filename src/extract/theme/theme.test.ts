import { describe, expect, it } from 'vitest'
import { Theme } from '../../schema.js'
import { extractTheme } from './index.js'

describe('extractTheme', () => {
  it('reads 主题是:“…”', () => {
    const text = '本次活动周的主题是:“创新引领——科技惠民”,活动在全县展开。'
    const theme = extractTheme(text)
    expect(theme?.text).toBe('创新引领——科技惠民')
    expect(text.slice(theme!.offset, theme!.offset + theme!.text.length)).toBe(theme!.text)
    expect(() => Theme.parse(theme)).not.toThrow()
  })

  it('reads 以“…”为主题 and 围绕“…”活动主题', () => {
    expect(extractTheme('以“节约能源 保护环境”为主题开展宣传。')?.text).toBe('节约能源 保护环境')
    expect(extractTheme('紧紧围绕“科技创新 美好生活”活动主题,开展了14项活动。')?.text).toBe('科技创新 美好生活')
  })

  it('reads “…”这一主题 and the earliest of several', () => {
    expect(extractTheme('围绕“消除事故隐患,筑牢安全防线”这一主题,开展了安全月活动。')?.text).toBe('消除事故隐患,筑牢安全防线')
    expect(extractTheme('主题为“安全第一”。后来又以“平安校园”为主题。')?.text).toBe('安全第一')
  })

  it('returns null without a quoted theme', () => {
    expect(extractTheme('开展了一系列宣传活动,取得圆满成功。')).toBeNull()
    expect(extractTheme('举办了“科技惠民超市”活动。')).toBeNull()
  })
})
