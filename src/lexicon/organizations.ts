/**
 * Organisation vocabulary: the head nouns that end a unit's name, the prefixes and fillers
 * around one, and the words of the sentence frames that make a named unit an organiser, a
 * leading body or a member of the working group rather than a bystander.
 */

/** Name endings of government bodies, party organs, schools, groups and companies (longest first when built). */
export const ORG_SUFFIXES = [
  '领导小组', '工作小组', '工作组', '小组', '教研组', '备课组', '年级组', '教研室', '指挥部', '委员会', '管委会', '居委会', '村委会', '组委会', '常委会', '联席会',
  '理事会', '联合会', '基金会', '研究会', '促进会', '协会', '学会', '商会', '工会', '分会', '科协', '妇联', '残联', '侨联',
  '文联', '工商联', '团委', '团工委', '团支部', '团总支', '党支部', '党总支', '总支', '支部', '党工委', '工委', '党委', '党组',
  '纪委', '政法委', '发改委', '文明委', '中心组', '政府', '人大', '政协', '办公室', '办事处', '秘书处', '总局', '分局', '局', '委', '办',
  '厅', '部', '部门', '处', '室', '科', '科室', '处室', '署', '中心', '站', '所', '院', '馆', '支队', '大队', '中队', '总队', '队', '学校',
  '中学', '小学', '大学', '学院', '幼儿园', '医院', '卫生院', '公司', '集团', '银行', '分行', '支行', '社区', '法院',
  '检察院', '公安局', '派出所', '车间', '机关', '报社', '街道', '街道办',
] as const

/** Bare organs an elliptical list leaves without the region ("镇党委、政府" means 镇政府). */
export const ELLIPTICAL_ORGANS = ['政府', '党委', '人大', '政协', '纪委'] as const

/** Verbs that make the units listed before them organisers (联合举办, 牵头, 主办 …). */
export const ORGANIZER_VERBS = [
  '联合举办', '共同举办', '联合主办', '联合开展', '联合牵头', '共同牵头', '联合组织', '联合召开', '联合下发', '联合发文',
  '进行牵头', '牵头', '主办', '承办', '协办', '举办了', '组织开展', '组织了', '组织志愿者', '会同', '提请', '密切配合',
] as const

/** Words inside an enumeration that join two units (与, 和, 及, 会同 …). */
export const ORG_JOINERS = ['、', '和', '与', '及', '以及', '同', '会同', '提请', '联合'] as const

/** Self-references and fillers stripped from the front of a unit's name (学校教导处 → 教导处). */
export const ORG_LEAD_FILLERS = [
  '由', '并', '我们', '我校', '我镇', '我院', '我局', '我乡', '我区', '我县', '我市', '今年', '去年', '明年', '当年', '上年',
  '同时', '积极', '还', '也', '均', '各级', '准备', '我会', '我委', '我办', '我所', '我站', '我馆', '我行', '我司', '我部',
  '我处', '我科', '我厂', '我', '调派',
  // A preposition, a contact or commission, a time, or the unit's place before it ("以县人民医院为龙头",
  // "会后县教育局…", "辖区内共建单位县图书馆"): the name starts after them. A bare 辖区 stays: 辖区派出所 is how
  // a page names the one police station of its district.
  '以', '向', '联系', '委托', '会后', '下一步', '辖区内', '辖区共建单位', '属地', '共建单位', '今后', '此后', '以后',
] as const

/** A leading word that makes the rest a reference to some unit above, not a name ("上级团委"). */
export const ORG_REFERENCE_LEADS = ['上级', '上一级', '下级', '兄弟', '友邻'] as const

/** Verbs and particles that never stand inside a unit's name (召开了有县委… is a clause, not a name). */
export const NOT_IN_ORG_NAME = [
  '了', '着', '过', '在', '是', '把', '被', '将', '对', '召开', '开展', '参加', '进行', '举办', '带领', '深入', '我', '领导',
  '负责', '工作人员', '成员', '干部', '同志', '职工', '员工', '群众', '代表', '老师', '结合', '配合', '协助', '感谢',
  '完成', '书记', '主任', '由', '查处', '下属', '下设', '力争', '争取', '确保', '认真', '切实', '扎实', '精心', '落实', '紧紧',
  '成为', '已经', '作为', '前往', '赶赴', '奔赴', '参照', '纳入', '推行',
] as const

/** Common words that end like a unit but name none (干部, 大局, 网站 …): a name may not end with one. */
export const NOT_UNIT_ENDINGS = [
  '干部', '全部', '内部', '外部', '局部', '大局', '格局', '布局', '全局', '结局', '网站', '车站', '场所', '厕所', '住所',
  '教室', '课室', '学科', '本科', '团队', '部队', '连队', '到处', '好处', '各处', '举办', '创办', '主办', '承办', '协办', '交办',
  '督办', '开办', '兴办', '领办', '重心', '核心', '信心', '部署', '签署', '正处', '级部门', '级单位', '会议室', '活动室', '阅览室', '图书室', '值班室', '实验室', '处室', '院校', '高校', '院所', '基层组织', '之处',
] as const

/** Generic unit words that are not a name on their own (部门, 单位 …) and end a list with 等. */
export const ORG_GENERIC_TAILS = ['等', '各', '相关', '有关'] as const

/**
 * Frames that make the units named inside them the bodies that lead or guide the work: 在…(的)
 * 领导下, 在…指导和支持下, 按照/根据…(的)部署. The unit list stands between the opener and the
 * closer.
 */
export const LEADERSHIP_OPENERS = ['在', '按照', '根据', '围绕', '遵照', '依照'] as const
export const LEADERSHIP_CLOSERS = ['领导', '指导', '指挥', '组织', '统一部署', '部署', '安排部署', '工作部署', '要求', '统一安排'] as const

/** Words between a unit list and a leadership closer ("…的正确领导", "…的大力指导和支持"). */
export const LEADERSHIP_ADVERBS = ['正确', '坚强', '具体', '大力', '统一', '总体', '亲切', '精心', '直接', '有力', '科学', '关心', '高度'] as const

/**
 * Verbs after which the units named are partners of the work (会同/协助/配合/联系 X): "协助保卫科完成",
 * "积极配合公安机关开展…", "与区科协协商".
 */
export const PARTNER_VERBS = ['协助', '配合', '会同', '联合', '携手', '邀请', '联系'] as const

/** Words after a unit list that make the units members of a working group ("…等部门负责同志为成员", "由…组成"). */
export const MEMBER_ENDINGS = ['为成员', '为组员', '为成员单位'] as const

/** Openers of the author voice: "我代表XX镇人民政府", "受XX村民委员会的委托". */
export const AUTHOR_OPENERS = ['代表', '受'] as const

/**
 * Words that open a predicate right after its subject ("…妇联在…", "…图书馆对…高度重视",
 * "…纪委推行…"): a unit list followed by one of these is the clause's subject. jieba's verb,
 * preposition and adverb tags cover the rest.
 */
export const PREDICATE_OPENERS = [
  '在', '对', '于', '以', '从', '向', '为', '把', '将', '与', '同', '借', '除', '经', '根据', '按照', '围绕', '紧紧围绕',
  '结合', '通过', '针对', '坚持', '积极', '认真', '精心', '切实', '扎实', '高度', '及时', '迅速', '全面', '大力', '深入',
  '先后', '分别', '共', '还', '也', '都', '均', '又', '已', '每', '始终', '不断', '充分', '主动', '立即', '率先', '专门',
  '指导', '印发', '下发', '制定', '制订', '起草', '审定', '组织', '开展', '举办', '召开', '举行', '成立', '完成', '推行',
  '实施', '推进', '落实', '负责', '承担', '牵头', '联合', '会同', '协调', '授予', '主持', '策划', '部署', '安排', '发起',
  '出台', '编制', '启动', '做好', '抓好', '着力', '聚焦', '立足', '突出', '强化', '加强', '不等', '高度重视', '日前', '近日',
  '今年', '于近日', '就', '每周', '每月', '每年', '每天', '已经',
] as const

/** Verbs after "与X" that make X a partner of the work ("通过与区科协协商"). */
export const PARTNER_AFTER = ['协商', '合作', '联合', '共同', '携手', '联手', '对接', '签订', '签署', '一起'] as const

/** Adverbs that open the name of a task-named unit (依法治区领导小组办公室), not a predicate. */
export const NAME_OPENING_ADVERBS = ['依法'] as const
