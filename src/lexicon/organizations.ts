/**
 * Organisation vocabulary: the suffixes that end a unit's name, the administrative prefixes
 * that start one, and the verbs that make a listed unit an organiser rather than a bystander.
 */

/** Name endings of government bodies, party organs, schools, groups and companies (longest first when built). */
export const ORG_SUFFIXES = [
  '领导小组', '工作小组', '工作组', '小组', '指挥部', '委员会', '管委会', '居委会', '村委会', '联合会', '基金会', '研究会',
  '协会', '学会', '商会', '工会', '科协', '妇联', '残联', '侨联', '文联', '团委', '团支部', '党支部', '总支', '支部',
  '党委', '党组', '政府', '人大', '政协', '办公室', '办事处', '局', '委', '办', '厅', '部', '处', '室', '科', '署',
  '中心', '站', '所', '院', '馆', '支队', '大队', '中队', '队', '学校', '中学', '小学', '大学', '学院', '幼儿园',
  '医院', '卫生院', '公司', '集团', '银行', '社区', '法院', '检察院', '公安局', '派出所',
] as const

/** Administrative and placeholder prefixes a unit's name may start with (省/市/县/区/乡/镇/村, XX). */
export const ADMIN_PREFIXES = ['省', '市', '县', '区', '乡', '镇', '村', '街道', 'XX', 'xx', 'X', '*'] as const

/** Bare organs an elliptical list leaves without the region ("镇党委、政府" means 镇政府). */
export const ELLIPTICAL_ORGANS = ['政府', '党委', '人大', '政协', '纪委'] as const

/** Verbs that make the units listed before them organisers (联合举办, 牵头, 主办 …). */
export const ORGANIZER_VERBS = [
  '联合举办', '共同举办', '联合主办', '联合开展', '联合牵头', '共同牵头', '联合组织', '联合召开', '联合下发',
  '进行牵头', '牵头', '主办', '承办', '协办', '举办了', '组织开展', '组织了', '组织志愿者', '会同', '提请', '密切配合',
] as const

/** Words inside an enumeration that join two units (与, 和, 及, 会同 …). */
export const ORG_JOINERS = ['、', '和', '与', '及', '以及', '同', '会同', '提请', '联合'] as const

/** Self-references and fillers stripped from the front of a unit's name (学校教导处 → 教导处). */
export const ORG_LEAD_FILLERS = [
  '由', '并', '我们', '我校', '我镇', '我院', '我局', '我乡', '我区', '我县', '我市', '本校', '学校', '今年',
  '同时', '积极', '还', '也', '均',
] as const

/** Verbs and particles that never stand inside a unit's name (召开了有县委… is a clause, not a name). */
export const NOT_IN_ORG_NAME = ['了', '着', '过', '在', '是', '把', '被', '将', '对', '召开', '开展', '参加', '进行', '举办', '带领', '深入', '我'] as const

/** Generic unit words that are not a name on their own (部门, 单位 …) and end a list with 等. */
export const ORG_GENERIC_TAILS = ['等', '各', '相关', '有关'] as const
