import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// The prompts an office suite's template shows in an empty box ("单击此处添加标题", "Click to add Text",
// "单击此处编辑母版文本样式"), left in text extracted from a slide deck or a document template: whatever
// the site, the words are the software's.
const PROMPT = /(?:单击|点击|双击)此处(?:添加|编辑|输入)[\u4e00-\u9fff]{0,8}?(?:标题|副标题|文本|文字|内容|样式|备注)|Click to (?:add|edit)(?: Master)? (?:title|text|subtitle|notes)(?: styles?)?/gi
// A master slide's outline levels on a line of their own ("第二级 · 第三级 · 第四级", "Second level").
const LEVELS = /^\s*(?:(?:第[二三四五]级|(?:Second|Third|Fourth|Fifth) level)\s*[·•,，、\s]*){2,}$/i

export const officePlaceholder: Rule = {
  id: 'page-marker/office-placeholder',
  kind: 'page-marker',
  description: "An office template's empty-box prompts left in extracted text (单击此处添加标题, Click to add Text, 第二级 · 第三级)",
  scope: 'inline',
  test: (block) => {
    if (LEVELS.test(block.text)) return { reason: "a slide master's outline levels", spans: [[0, block.text.length]] }
    const spans = matchSpans(PROMPT, block.text)
    return spans.length ? { reason: "an office template's prompt in an empty box", spans } : undefined
  },
  examples: {
    drop: ['单击此处添加标题', '点击此处添加副标题', '单击此处编辑母版文本样式', 'Click to add Title', '第二级 · 第三级', '一、安全生产责任全面压实单击此处添加文本', 'Second level Third level'],
    keep: ['三级应急响应启动后,第二级预案同步备案。', '点击量达到1.2万次', '单击鼠标即可查询', '在此处设立便民服务点'],
  },
}
