import { BREADCRUMB_STARTS, NAV_WORDS } from '../../lexicon/boilerplate.js'
import type { Rule } from '../types.js'

const NAV = new Set<string>(NAV_WORDS)
const SEPARATORS = /\s*(?:>|»|›|→|\/|\||-)\s*/
const SPACES = /[\s,|·•]+/

function isBreadcrumb(text: string): boolean {
  if (BREADCRUMB_STARTS.some((s) => text.startsWith(s))) return true
  const parts = text.split(SEPARATORS).filter(Boolean)
  return parts.length >= 3 && parts[0] === '首页' && parts.every((p) => p.length <= 16)
}

export const navigation: Rule = {
  id: 'boilerplate/navigation',
  kind: 'boilerplate',
  description: 'Breadcrumbs and lines made only of navigation labels (当前位置:首页 > …, 上一篇/下一篇)',
  scope: 'line',
  test: (block) => {
    const text = block.folded.trim()
    if (text.length > 120) return undefined
    if (isBreadcrumb(text)) return { reason: 'breadcrumb navigation' }
    if (/^(?:上一篇|下一篇|上一篇文章|下一篇文章)[:\s]/.test(text)) return { reason: 'previous/next article link' }
    const words = text.split(SPACES).filter(Boolean)
    if (words.length > 0 && words.every((w) => NAV.has(w))) return { reason: 'navigation labels' }
    return undefined
  },
  examples: {
    drop: ['当前位置:首页 > 总结报告 > 工作总结', '首页 > 范文大全 > 工作总结 > 年终总结', '上一篇:2021年消防安全宣传月活动总结', '书签 分享 收藏 举报'],
    keep: ['首页设计由县科技局负责,共开设了5个栏目。', '一、强化组织,周密部署'],
  },
}
