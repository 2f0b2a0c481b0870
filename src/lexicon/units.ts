/**
 * Measure words and units that make a number a count. Durations (天, 年, 个月, 小时), ages (岁)
 * clock/date words and 届 (十八届三中全会 is an ordinal) are left out on purpose: summaries use
 * them for time or order, and graders do not list them as counts.
 */
import { wordAlternation } from '../text/pattern.js'

/** Units whose number counts something (people, events, things, money, area, mass, length). */
export const COUNT_UNITS = [
  // people and visits
  '人次', '户次', '人', '名', '位', '户', '家',
  // events and rounds
  '场次', '批次', '架次', '辆次', '场', '次', '期', '轮', '批', '堂', '节', '课时', '学时',
  // things
  '个', '项', '份', '块', '幅', '张', '册', '本', '篇', '条', '件', '套', '台', '辆', '座', '处', '所', '间',
  '栋', '支', '队', '组', '起', '宗', '例', '只', '艘', '具', '款', '架', '头', '枚', '副', '双', '顶', '戶', '棵', '株', '盆', '袋', '箱', '桶', '盒', '面', '部', '首', '封', '篮',
  // money, area, length, mass, volume
  '元', '平方公里', '平方米', '立方米', '公顷', '亩', '公里', '千米', '米', '吨', '公斤', '千克', '斤',
  // percentages
  '%',
] as const
export type CountUnit = (typeof COUNT_UNITS)[number]

/** Units that also begin ordinary words, with the word tails that make them not a unit (期间, 元旦 …). */
export const UNIT_FALSE_TAILS: Readonly<Partial<Record<CountUnit, readonly string[]>>> = {
  期: ['间', '末', '中', '初', '望', '待', '限', '刊'],
  元: ['旦', '素', '宵', '气'],
  名: ['单', '称', '义', '额', '字'],
  所: ['以', '有', '在', '属', '谓', '得'],
  本: ['次', '年', '届', '地', '单位', '人', '身', '着', '领', '学', '月', '周', '季', '期', '校', '院', '部', '村', '镇', '县', '市', '区', '级', '职'],
  处: ['理', '置', '长', '室', '分'],
  个: ['月', '星期', '工作日', '季度', '学期', '年头', '百分点', '小时', '钟头', '性', '别', '体', '字'],
  条: ['例', '件', '款'],
  次: ['要', '日', '数', '序'],
  场: ['所', '地', '景', '馆', '面'],
  位: ['于', '置'],
  家: ['庭', '长', '属', '乡', '中', '里'],
  人: ['民', '员', '才', '口', '们', '大', '均', '事', '士', '物', '心', '生', '类', '身'],
  组: ['织', '成', '长', '建'],
  队: ['伍', '长', '员'],
  面: ['向', '对', '积', '貌', '上'],
  部: ['门', '署', '分', '长'],
  节: ['日', '约', '能', '点', '目'],
  堂: ['课'], // 一堂课 is one lesson: the object, not a unit clash, but 堂课 reads better as object
  支: ['持', '部', '出', '付'],
  轮: ['流', '换', '廓'],
  台: ['账', '阶', '湾'],
  座: ['谈'],
  间: ['隔', '断'],
  米: ['饭'],
  只: ['有', '是', '要', '能', '会', '需', '在'],
  款: ['项'],
  头: ['脑', '等', '条'],
  双: ['方', '向', '重', '休', '语'],
  副: ['县', '镇', '乡', '市', '区', '校', '院', '组', '主', '书', '局', '所', '科', '部', '总', '处', '厅'],
  顶: ['层', '端', '级'],
  架: ['构', '势'],
  起: ['来', '到', '草', '点', '步', '始', '因', '码', '止', '源', '床'],
  例: ['如', '会', '行', '外', '子'],
}

// Longest first, so 人次 wins over 人 and 平方米 over 米.
const UNIT_ALTERNATION = wordAlternation(COUNT_UNITS)

/** A unit at the start of the rest of the text (sticky-free: apply with `.exec(rest)`). */
export const UNIT_AT_START = new RegExp(`^(?:${UNIT_ALTERNATION})`)

/** Traditional forms `fold()` does not cover yet, read as their simplified unit. */
export const UNIT_ALIASES: Readonly<Partial<Record<CountUnit, CountUnit>>> = { 戶: '户' }

/** Scale characters that fold into the value (万元 → ×10000 元). */
export const SCALE_CHARS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 }

/** Words just before a 篇 count that make it the page's own document count (范文4篇, 精选14篇). */
export const DOCUMENT_COUNT_LEADS = ['范文', '总结', '汇编', '精选', '优质', '合集', '大全', '计划', '方案', '报告', '汇报', '体会', '整理'] as const
