/** Cues that a paragraph was spliced in from another document. */

/** Institutional self-reference: 我院, 我县, 我校, 我公司 … (我们 alone is no institution). */
export const SELF_REFERENCE = /我(?:院|校|县|镇|乡|区|市|省|局|司|公司|厂|所|委|部|处|科|室|园|村|街道|社区|中心|单位|班|团委|支部|矿|行|站|队|馆|会)/g
/** Whether a text holds a self-reference: SELF_REFERENCE without the global flag, so `test` keeps no state. */
export const HAS_SELF_REFERENCE = new RegExp(SELF_REFERENCE.source)

/** A conclusion marker opening a paragraph: in the middle of a document it is out of place. */
export const CONCLUSION_START = /^(?:总之|综上所述|总而言之|总的来说|总体来说|综上)[,，:]/

/**
 * A paragraph that goes on from the one before it (此外,…; 与此同时,…) or points back at the event the document reports
 * (此次活动还…) or at what it told (这些成绩的取得,离不开…), and the writer's own closing pledge (下一步,我将…): the document's, however little its words share with
 * the rest. A paragraph from another document opens on its own matter, or concludes (总之).
 */
export const CONTINUATION_START = /^(?:此外|另外|除此之外|与此同时)[,，]|^(?:此次|本次|这次)(?:活动|会议|培训|比赛|竞赛|演练|展览|讲座)|^(?:下一步|下阶段|今后|新的一年)[,，]\s?(?:我|我们|本人)|^(?:这些|上述|以上)(?:成绩|成果|成效|工作|措施|做法|经验)/

/** The hearers a speech addresses (同志们, 各位代表, 老师们), as a pattern source. */
export const HEARERS = '同志们|各位(?:领导|代表|委员|来宾|嘉宾|同事|家长|老师|同学|家人)|老师们|同学们|朋友们|家长们'
/** A speaker addressing the hearers opens or closes the speech's own paragraph (同志们, 各位代表, 老师们、同学们). */
export const ADDRESSED_HEARERS = new RegExp(`^(?:${HEARERS})[,，:：!！、]`)
/** The speaker's own words about the meeting and the speech, opening one of its sentences (刚才…, 下面,我讲…, 谢谢大家). */
export const SPEAKER_VOICE = /(?:^|[。!?！？])\s*(?:刚才[,，]?|下面[,，]?我|最后[,，]?我|借此机会|谢谢大家|我讲[一二三四五几两]|我再讲)/
/**
 * A paragraph that opens by quoting someone (“原来…。”第一次…的学生说): a report quoting the people at
 * its own event. Quotes share few words with the rest, and are no sign of another document.
 */
export const REPORTED_SPEECH = /^[“"「『][^”"」』]{4,}[”"」』]/

/** Time spans a summary is written over; a paragraph naming another span than the document's is suspect. */
export const SPAN_PHRASES = ['半年来', '一年来', '今年以来', '本学期', '本年度', '这一年', '上半年', '下半年', '三年来', '五年来'] as const

/** Spans that belong together: a 上半年 summary plans its 下半年, a 下半年 one looks back at its 上半年. */
export const SPAN_COMPLEMENTS: Readonly<Record<string, string>> = { 上半年: '下半年', 下半年: '上半年' }

/** Words too common in any summary to say what it is about. */
export const GENERIC_WORDS = new Set([
  '工作', '开展', '活动', '进行', '加强', '提高', '组织', '我们', '积极', '取得', '一定', '成绩', '问题', '情况', '方面',
  '进一步', '不断', '认真', '全面', '各项', '有关', '相关', '部门', '单位', '领导', '要求', '通过', '实现', '推进', '落实',
  '发展', '建设', '管理', '服务', '完成', '做好', '重要', '主要', '召开', '举办', '参加', '为了', '按照', '根据', '结合',
  '今年', '本次', '期间', '以来', '一个', '新的', '存在', '我县', '我院', '我校', '我镇', '我乡', '全县', '全镇', '全乡',
])

/**
 * Words a work summary or plan is made of. Vocabulary alone says "spliced" only inside such a
 * document: essays and news stray from their topic on purpose.
 */
export const SUMMARY_WORDS = ['开展', '工作', '活动', '落实', '加强', '组织', '召开', '推进', '完成', '部署', '举办', '成效', '措施', '领导小组', '取得'] as const
