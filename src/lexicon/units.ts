/**
 * Measure words and units that make a number a count: things, people and events, durations
 * (天, 小时, 个月, 学期), money (元, foreign currencies as written), measures (克, 公斤, 升, 亩,
 * 公顷, 度, ℃) and percentages. Dates and ordinals stay out (2020年, 十八届, 第三次): the count
 * matcher never reads a four-digit year or a 第 number, and 届 is no unit.
 */
import { wordAlternation } from '../text/pattern.js'

/** Units whose number counts something. */
export const COUNT_UNITS = [
  // people and visits
  '人次', '户次', '家次', '个次', '村次', '校次', '人', '名', '位', '户', '家',
  // events and rounds
  '场次', '批次', '架次', '辆次', '台次', '趟次', '车次', '件次', '册次', '剂次', '场', '次', '期', '轮', '批', '堂', '节', '课时', '学时', '趟',
  // things
  '个', '项', '份', '块', '幅', '张', '册', '本', '篇', '条', '件', '套', '台', '辆', '座', '处', '所', '间',
  '栋', '支', '队', '组', '起', '宗', '例', '只', '艘', '具', '款', '架', '头', '枚', '副', '双', '顶', '棵', '株',
  '盆', '袋', '箱', '桶', '盒', '面', '部', '首', '封', '篮', '对', '门', '道', '尊', '字', '方面', '级', '周年',
  '盏', '卷', '剂', '笔', '学分',
  // durations
  '个小时', '小时', '分钟', '秒钟', '秒', '个月', '个星期', '星期', '学期', '个工作日', '工作日', '个季度', '天', '周',
  // money
  '万元', '元', '美元', '欧元', '日元', '英镑', '港元', '港币', '澳元', '韩元', '卢布', '人民币', '美金', '角', '毛',
  // area, length, mass, volume, energy, temperature
  '平方公里', '平方米', '立方米', '公顷', '亩', '公里', '千米', '厘米', '毫米', '米', '万吨', '吨', '公斤', '千克', '毫克',
  '微克', '克', '斤', '毫升', '升', '千瓦时', '千瓦', '兆瓦', '千伏', '摄氏度', '℃', '度', 'kg', 'km', 'mg', 'cm', 'mm',
  // shares
  '%', '‰', '个百分点', '百分点', '成',
] as const
export type CountUnit = (typeof COUNT_UNITS)[number]

/** Units reported under another name: 个月 → 月 (the 个 is a measure word), 个小时 → 小时, 万元 → 元 (×10000). */
export const UNIT_NAMES: Readonly<Partial<Record<CountUnit, string>>> = {
  秒钟: '秒', 个月: '月', 个小时: '小时', 个星期: '星期', 个工作日: '工作日', 个季度: '季度', 万元: '元', 个百分点: '百分点', 万吨: '吨', 摄氏度: '℃', 成: '%',
}

/** Factors a unit carries into the value: 万元 → ×10000 元, 3成 → 30 %. */
export const UNIT_FACTORS: Readonly<Partial<Record<CountUnit, number>>> = { 万元: 10_000, 万吨: 10_000, 成: 10 }

/** Durations (a count of time, never a date): their numbers are not read as dates by anyone else. */
export const DURATION_UNITS: ReadonlySet<string> = new Set(['个小时', '小时', '分钟', '秒钟', '秒', '个月', '个星期', '星期', '学期', '个工作日', '工作日', '个季度', '天', '周'])

/** Units that also begin ordinary words, with the word tails that make them not a unit (期间, 元旦 …). */
export const UNIT_FALSE_TAILS: Readonly<Partial<Record<CountUnit, readonly string[]>>> = {
  期: ['间', '末', '中', '初', '望', '待', '限', '刊'],
  元: ['旦', '素', '宵', '气', '首'],
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
  对: ['于', '象', '接', '比', '照', '待', '口', '策', '话', '外', '应', '标'],
  门: ['口', '户', '槛', '诊', '类', '卫', '前'],
  道: ['路', '理', '德', '歉', '具', '教', '谢', '贺', '出', '别'],
  字: ['号', '样'],
  级: ['别', '以'],
  度: ['过', '假', '日', '量', '身'],
  角: ['色', '度', '落'],
  毛: ['病', '巾', '泽'],
  周: ['边', '期', '围', '报', '刊', '到', '密', '转', '全'],
  天: ['然', '气', '空', '下', '地', '津', '使', '真', '堂'],
  成: ['为', '立', '员', '果', '绩', '效', '功', '熟', '长', '就', '本', '了', '都', '交', '形', '型', '批', '片'],
  星期: ['一', '二', '三', '四', '五', '六', '日', '天'],
  升: ['级', '学', '旗', '华', '高'],
  笔: ['记', '试', '者', '墨', '画', '直', '录', '名'],
  剂: ['量', '型'],
  卷: ['入', '起'],
  克: ['服'],
  秒: ['杀', '懂', '变'],
}

// Longest first, so 人次 wins over 人 and 平方米 over 米.
const UNIT_ALTERNATION = wordAlternation(COUNT_UNITS)

/** A unit at the start of the rest of the text (sticky-free: apply with `.exec(rest)`). */
export const UNIT_AT_START = new RegExp(`^(?:${UNIT_ALTERNATION})`)

/** Currencies written before the amount (人民币3.14元, 港币3.14): the unit is the currency. */
export const CURRENCY_PREFIXES = ['人民币', '港币', '美元', '欧元', '日元', '英镑', '澳元'] as const

/** Scale characters that fold into the value (万元 → ×10000 元). */
export const SCALE_CHARS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000, 万: 10_000, 亿: 100_000_000 }

/** Words just before a 篇 count that make it the page's own document count (范文4篇, 精选14篇). */
export const DOCUMENT_COUNT_LEADS = ['范文', '总结', '汇编', '精选', '优质', '合集', '大全', '计划', '方案', '报告', '汇报', '体会', '整理'] as const

/**
 * Classifiers that count events and stretches of time: with 一 they still count (举办了一次活动,
 * 为期一个月). Other classifiers after 一 are mostly the indefinite article (一个家园, 一场比赛).
 */
export const EVENT_AND_TIME_UNITS: ReadonlySet<string> = new Set(['次', '趟', '轮', '场次', '人次', ...DURATION_UNITS])

/** Nouns after a 点 count that make it a count of points (三点希望), not a clock time (三点开会). */
export const POINT_NOUNS = ['希望', '建议', '意见', '要求', '体会', '收获', '做法', '经验', '措施', '思考', '启示', '不足', '看法', '认识'] as const

/** Phrases a number and unit form that count nothing (一次性, 一方面, 一起, 一道 as "together", 一点 as "a little"). */
export const NON_COUNT_PHRASES = [
  '一次性', '一方面', '另一方面', '一起', '一道', '一块儿', '一块', '一门心思', '一个个', '一件件', '一级级',
  '一条龙', '一对一', '一家人', '一年一度', '一度', '一次次', '一批批', '一系列', '一部分', '一头', '一面', '一本正经',
  '一天天', '一周周', '一成不变', '一字一句', '一成', '两面', '四周', '一级抓一级', '一级带一级', '一个接一个',
] as const

/** Slogans built from a count (两个维护, 四个意识, 三个代表): the 个 count names the slogan. */
export const SLOGAN_TAILS = ['代表', '维护', '确立', '意识', '自信', '全面', '务必', '必须', '坚持', '着力', '统筹', '一百'] as const
