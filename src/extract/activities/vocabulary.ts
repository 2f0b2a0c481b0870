/**
 * Words that tell what an enumeration is about: a section or lead sentence naming problems,
 * plans, highlights or background makes its items something other than activities.
 */

/** What a heading or lead sentence makes of the items under it. */
export type ContextKind = 'activity' | 'highlight' | 'problem' | 'plan' | 'aspect' | 'neutral'

/** Words announcing the things done (主要活动, 主要做法, 工作措施 …); checked first so they win. */
export const ACTIVITY_WORDS = [
  '主要活动', '活动项目', '活动内容', '主要做法', '具体做法', '主要措施', '工作措施', '具体措施', '主要工作', '开展了',
  '做了如下', '做了以下', '系列活动', '活动有',
] as const

/** Words announcing highlights, features and results. */
export const HIGHLIGHT_WORDS = ['亮点', '特点', '特色', '成效', '成绩', '成果', '收获'] as const

/** Words announcing problems and shortcomings. */
export const PROBLEM_WORDS = ['问题', '不足', '困难', '差距', '教训', '薄弱', '短板'] as const

/** Words announcing future plans. */
export const PLAN_WORDS = ['下一步', '今后', '打算', '明年', '努力方向', '展望', '设想', '建议'] as const

/** Heading endings that name an aspect of the document (background, purpose, time, staffing …), not a deed. */
export const ASPECT_ENDINGS = [
  '情况', '概述', '概况', '背景', '意义', '目的', '依据', '地点', '时间', '分工', '原则', '架构', '机构', '指导思想',
  '目标任务', '目标', '要求', '安排', '人员', '体会', '启示', '经验', '感想', '思路', '做法', '措施', '举措', '主要活动',
  '活动内容', '工作开展', '主题', '工作任务', '重要性', '统计表', '对象', '回顾', '亮点', '成效', '成绩', '成果', '收获', '特点',
] as const

/** Aspect headings are short labels; a longer line ending the same way is a sentence about a deed. */
export const MAX_ASPECT_HEADING = 14

/** Verbs that open a clause listing programmes (实施产业发展、易地搬迁…). */
export const CLAUSE_VERBS = ['实施', '推进', '开展', '抓好', '推动', '落实', '做好', '加强', '突出', '围绕', '组织', '举办'] as const

/**
 * Verbs whose clause reports a deed done ("成立了领导小组", "召开动员大会"). Longer forms come
 * first so "组织召开" is read as one predicate. Stative or vague verbs (重视, 加强, 提高) are left
 * out: their clauses describe attitudes and aims, and the gold does not count them.
 */
export const EVENT_VERBS = [
  '组织召开', '组织开展', '悬挂张贴', '制订并下达', '制定并下发',
  '成立', '召开', '举办', '举行', '开展', '组织', '下发', '印发', '下达', '制定', '制订', '签订', '启动', '推进', '落实',
  '培育', '悬挂', '张贴', '发放', '建立', '完善', '完成', '开发', '打造', '编制', '出台', '组建', '设立', '开设',
  '评选', '表彰', '办好', '办起', '邀请', '慰问', '引进',
] as const

/**
 * Further verbs of concrete deeds, read in prose beside the event verbs: visits, hand-outs,
 * works, training, inspections, publicity ("走访困难户", "修缮道路", "传达会议精神").
 */
export const ACTION_VERBS = [
  '实行', '实施', '推行', '推广', '推出', '确定', '确立', '调整', '参与', '走访', '入户', '看望', '传达', '听取', '接待', '下设',
  '培训', '宣讲', '宣传', '发布', '公布', '公示', '收集', '征集', '征求', '协助', '承担', '清理', '清扫', '清除', '修缮', '增设',
  '安装', '拆除', '整治', '排查', '巡查', '督查', '检查', '调查', '捐赠', '赠送', '颁发', '授予', '签约', '签署', '参观', '观看',
  '讲解', '演示', '展示', '展出', '演出', '表演', '录制', '拍摄', '制作', '编写', '撰写', '印制', '摆放', '布置', '设置', '聘请',
  '选派', '派出', '配备', '整改', '考核', '评比', '评议', '奖励', '汇总', '上报', '报送', '转发', '分发', '派发', '采购', '购置',
  '新建', '改建', '扩建', '改造', '修建', '铺设', '硬化', '种植', '接诊', '救治', '办理', '受理', '调解', '帮扶', '救助', '资助',
  '安置', '召集', '举报', '重温', '献上', '宣读', '致辞', '点评', '交流', '讨论', '分享', '打卡', '摸底', '登记', '走进',
] as const

/** Verbs that report a figure, not a deed, when a count closes their clause ("引进企业5家", "实现销售2亿元"). */
export const FIGURE_VERBS = ['引进', '实现', '达到'] as const

/**
 * Verbs that report a figure with a count only when their object is a measured quantity: "完成工业总产值3亿元"
 * states a result, "完成老旧小区改造项目12个" and "发放补助金30万元" report the deed.
 */
export const WORK_FIGURE_VERBS = ['完成', '发放'] as const

/** Endings of a measured quantity ("工业总产值", "销售收入", "利润总额"). */
export const QUANTITY_ENDINGS = ['值', '额', '收入', '总量', '产量', '税收', '利润', '增速', '指标'] as const

/** Words of degree and progress: a clause holding one reports a result or an attitude ("不断提高", "明显增强"). */
export const PROGRESS_WORDS = ['不断', '进一步', '明显', '显著', '有效', '稳步', '逐步', '日益', '持续'] as const

/** Manner adverbs kept with the verb they qualify ("定期召开团委会", "联合举办…"). */
export const VERB_ADVERBS = [
  '定期', '联合', '共同', '集中', '统一', '先后', '分别', '首次', '再次', '多次', '专门', '及时', '认真', '积极', '大力',
  '广泛', '深入', '精心', '切实', '扎实', '严格', '顺利', '全面', '进一步', '还', '又', '也', '均', '都',
] as const

/** Words (whole tokens) before the verb that make a clause an aim, a duty, a plan, a denial or a progress report rather than a deed. */
export const AIM_WORDS = [
  '要', '将', '应', '应当', '需', '需要', '必须', '务必', '力争', '争取', '计划', '拟', '准备', '希望', '打算', '确保', '未',
  '没有', '没', '不', '尚未', '如何', '是否', '能否', '如果', '若', '以便', '便于', '有利于', '旨在', '是', '鼓励', '提倡',
  '要求', '号召', '倡导', '督促', '引导', '围绕', '根据', '按照', '结合', '已', '已经', '现已', '基本', '正在', '仍',
] as const

/**
 * Clause openings that make the whole clause a purpose or a ground ("为了…", "根据…"). A means is a
 * deed done ("通过设立宣传栏、发放宣传资料,…"), so 通过 is none of them.
 */
export const AIM_OPENINGS = ['为了', '为', '围绕', '根据', '按照', '本着', '随着', '由于', '对于'] as const

/** Objects too vague to name a deed ("开展了各项工作", "完成了任务"). */
export const VAGUE_OBJECTS = [
  '工作', '活动', '任务', '各项工作', '各项活动', '各项任务', '相关工作', '此次活动', '本次活动', '这次活动', '这项工作',
  '此项工作', '本项工作', '学习', '会议', '检查',
] as const

/**
 * Qualifiers that leave a generic object generic ("大型活动", "日常工作"): such an object names no deed.
 * (各项, 相关 … open vague objects of any kind: VAGUE_OPENINGS.)
 */
export const VAGUE_QUALIFIERS = ['大型', '小型', '重要', '重大', '日常', '常规', '其他', '其它', '若干'] as const

/** Endings of objects that are compliance or announcements, not deeds ("落实…精神", "制定方案如下"). */
export const VAGUE_ENDINGS = [
  '精神', '思想', '要求', '部署', '指示', '任务', '如下', '共识', '目标', '理念', '风貌', '风采', '形象', '水平', '能力', '意识', '素质',
  '作用', '氛围',
] as const

/**
 * Endings of an adverbial frame around a deed ("借召开村干部会议之机", "在完成规定动作的基础上",
 * "以参观教育基地为契机"): the clause sets the scene for the deed that follows, and is none itself.
 */
export const FRAME_ENDINGS = ['之机', '契机', '基础上', '之际', '过程中', '的同时', '之余'] as const

/** Event nouns: an opening sentence names the main event with one of these ("开展了“安全月”活动"). */
export const EVENT_NOUNS = ['活动', '仪式', '大会', '比赛', '竞赛', '演练', '讲座', '会议', '月', '周', '节'] as const

/** Title words of a plan: its prose tells what is to be done, not what was done. */
export const PLAN_TITLE_WORDS = ['计划', '方案', '规划', '打算', '要点', '设想', '安排'] as const

/** Openings of vague objects ("一系列…", "各项…", "大量…"). */
export const VAGUE_OPENINGS = ['一系列', '系列', '各项', '各种', '各类', '大量', '多项', '多种', '有关', '相关', '相应'] as const

/** Verbs a name starts from: the event verbs and the light verbs of list heads ("进行困难家庭摸底工作"). */
export const DEED_VERBS = [...EVENT_VERBS, '进行', '展开', '坚持', '加强', '做好', '抓好', '参加'] as const

/** Manner adverbs that name the deed's form and stay in its name ("定期召开团委会", "联合举办…"). */
export const KEPT_ADVERBS = ['定期', '联合', '共同', '集中', '统一', '专门', '首次'] as const

/** Words of an attributive clause naming who took part or led ("…参加的动员大会", "以…为组长的领导小组"). */
export const PARTICIPANT_WORDS = ['参加', '参与', '出席', '组成', '牵头', '为组长', '为副组长', '任组长', '任组员', '为成员', '带队'] as const

/** What closes a quoted event name given as an example ("“诗韵校园”朗诵会", "“光盘”行动"). */
export const QUOTED_EVENT_ENDINGS = [...EVENT_NOUNS, '会', '赛', '展', '演出', '行动', '评选', '征文'] as const

/** What closes the name of an event given as an example, quoted or not ("春季运动会", "歌舞表演", "情景剧"). */
export const EVENT_NAME_ENDINGS = [...QUOTED_EVENT_ENDINGS, '表演', '剧', '游戏', '培训', '论坛', '沙龙'] as const

/** Clause openings that give examples of the deed before them ("…,如“诗韵校园”朗诵会"). */
export const EXAMPLE_OPENINGS = ['如', '例如', '比如', '诸如', '包括'] as const

/** Words that introduce a list of named events or items ("活动有…", "包括…"). */
export const LIST_INTRODUCERS = ['有', '设有', '包括', '主要有', '内容有', '项目有', '分别是', '通过'] as const

/** Modal words that make the rest of a sentence an intention ("学校将以此为契机,…,深入开展…"). */
export const INTENT_WORDS = ['将', '要', '应', '应当', '需要', '需', '必须', '计划', '拟', '准备', '力争', '争取', '打算'] as const

/** Nouns a counted series closes with when its items are deeds ("…三大工程", "…三个方面的工作"), not areas or stages ("三大业务环节"). */
export const SERIES_DEED_NOUNS = ['工程', '行动', '活动', '措施', '举措', '工作', '任务', '项目', '战略', '攻坚', '建设', '服务', '一批'] as const
