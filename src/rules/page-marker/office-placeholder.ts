import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// The prompts an office suite's template shows in an empty box ("单击此处添加标题", "Click to add Text",
// "单击此处编辑母版文本样式"), left in text extracted from a slide deck or a document template: whatever
// the site, the words are the software's.
const PROMPT = /(?:单击|点击|双击)此处(?:添加|编辑|输入)[\u4e00-\u9fff]{0,8}?(?:标题|副标题|文本|文字|内容|样式|备注)|Click to (?:add|edit)(?: Master)? (?:title|text|subtitle|notes)(?: styles?)?/gi
// A word processor's tracked changes and formatting notes left in copied text ("删除的内容: 8.1亿元", "带格式的: 字体:
// 方正小标宋简体, 二号", "首行缩进: 2 字符", "已移动(插入) [1]"): the balloons' words, not the document's.
const REVISION = /删除的内容\s?[:：]\s?[^,，。;；\s]{1,20}|带格式的\s?[:：].{0,40}$|设置格式\s?[:：].{0,40}$|首行缩进\s?[:：]?\s*\d+(?:\.\d+)?\s*字符|已移动\s?[(（](?:插入|从)[)）]\s?(?:\[\d{1,3}\])?/g
// A master slide's outline levels on a line of their own ("第二级 · 第三级 · 第四级", "Second level").
// A word processor's comment anchors (with the reviewer's initials and note: "[批注1]", "[批注Z1:数字待核实]") and footnote marks
// left in the text ("…筛查¹，"), and a slide's
// number from a deck exported to text ("第4张幻灯片:").
const ANNOTATION = /\[(?:批注|注释|修订)\s?[A-Za-z]{0,4}\d{1,3}(?:\s?[:：][^[\]]{1,40})?\]|(?<=[\u4e00-\u9fff])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|第\s?\d{1,3}\s?张幻灯片\s?[:：]?/g
const LEVELS = /^\s*(?:(?:第[二三四五]级|(?:Second|Third|Fourth|Fifth) level)\s*[·•,，、\s]*){2,}$/i

export const officePlaceholder: Rule = {
  id: 'page-marker/office-placeholder',
  kind: 'page-marker',
  description: "An office suite's leftovers in extracted text: a template's empty-box prompts (单击此处添加标题, Click to add Text, 第二级 · 第三级), tracked-change balloons (删除的内容: …, 带格式的: …, 已移动(插入)), comment anchors and footnote marks ([批注1], ¹) and slide numbers (第4张幻灯片)",
  scope: 'inline',
  test: (block) => {
    if (LEVELS.test(block.text)) return { reason: "a slide master's outline levels", spans: [[0, block.text.length]] }
    const spans = [...matchSpans(PROMPT, block.text), ...matchSpans(REVISION, block.text), ...matchSpans(ANNOTATION, block.text)].sort((a, b) => a[0] - b[0])
    return spans.length ? { reason: "an office suite's prompt or tracked-change note", spans } : undefined
  },
  examples: {
    drop: ['单击此处添加标题', '点击此处添加副标题', '单击此处编辑母版文本样式', 'Click to add Title', '第二级 · 第三级', '一、安全生产责任全面压实单击此处添加文本', 'Second level Third level', '全年完成固定资产投资9.6亿元删除的内容: 8.1亿元,同比增长12%。', '带格式的: 字体: 方正小标宋简体, 二号, 居中', '首行缩进: 2 字符', '已移动(插入) [1]', '开展两癌筛查[批注1]1200人次。', '共募集图书3400余册[批注Z1:数字待核实,对照各班登记表],开展跨班借阅。', '完成入户筛查¹,覆盖全村。', '第4张幻灯片:二、主要工作'],
    keep: ['三级应急响应启动后,第二级预案同步备案。', '对照清单逐项删除不合规内容12条。', '已移动办公设备3台。', '点击量达到1.2万次', '单击鼠标即可查询', '在此处设立便民服务点', '面积达到120m²', '共制作幻灯片12张'],
  },
}
