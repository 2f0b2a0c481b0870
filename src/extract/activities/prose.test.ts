import { describe, expect, it } from 'vitest'
import { Activity } from '../../schema.js'
import { extractActivities } from './index.js'
import { findProseActivities, namesDeed } from './prose.js'
import { activityNames, linesToBlocks } from './test-utils.js'

/** Prose activities only (no marker, no series index), through the full extractor. */
function prose(lines: string[]): string[] {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).filter((a) => a.marker === null && a.index === null).map((a) => a.text)
}

function all(lines: string[]): string[] {
  const { text, blocks } = linesToBlocks(lines)
  return extractActivities(text, blocks).map((a) => a.text)
}

const OPEN = { markers: [], bodyStart: 0, blocked: () => null }

describe('prose activities', () => {
  it('takes the verb and its object from a subject–verb clause, 了 kept inside the slice', () => {
    const { text, blocks } = linesToBlocks(['读书月活动总结', '街道办事处成立了读书月活动领导小组,负责活动的统筹协调。'])
    const found = findProseActivities(text, blocks, OPEN)
    expect(found.map((a) => a.text)).toEqual(['成立了读书月活动领导小组'])
    const [a] = found
    expect(text.slice(a!.offset, a!.offset + a!.text.length)).toBe(a!.text)
    expect(a!.marker).toBeNull()
    expect(() => Activity.parse(a)).not.toThrow()
  })

  it('reads an action verb with a count as a deed even where the document enumerates its deeds', () => {
    const names = activityNames([
      '社区环境整治工作总结',
      '一、开展“清洁家园”志愿服务活动',
      '志愿者全年清理卫生死角20余处,清除小广告300余张,社区环境明显改善。',
      '二、组织文明创建宣传',
      '社区干部走访商户,宣传门前三包责任制度。',
    ])
    expect(names).toEqual(expect.arrayContaining(['清理卫生死角', '清除小广告']))
    // Without a count an action verb on such a page is not read as a deed.
    expect(names.some((n) => n.startsWith('走访商户'))).toBe(false)
  })

  it('takes a means as a deed done (通过设立…), and still no purpose (为了…)', () => {
    const names = activityNames([
      '社区调解工作总结',
      '今年社区通过设立社区调解室,及时化解邻里矛盾和纠纷,维护了社区和谐稳定。',
      '为了提高调解员的业务能力,社区组织调解员参加了区司法局的业务培训。',
    ])
    expect(names).toContain('设立社区调解室')
    expect(names.some((n) => n.includes('提高调解员'))).toBe(false)
  })

  it('takes the main event the opening names, quoted or not, and nothing else of the opening', () => {
    const names = activityNames([
      '禁毒宣传月活动总结',
      '为提高师生的禁毒意识,根据上级文件要求,我校于6月1日至30日开展了禁毒集中宣传月活动,现总结如下:',
      '一、召开禁毒工作会议,部署宣传月各项工作。',
      '二、举办禁毒知识讲座,邀请派出所民警为师生授课。',
    ])
    expect(names[0]).toBe('开展禁毒集中宣传月活动')
    expect(names.some((n) => n.includes('提高师生'))).toBe(false)
  })

  it('takes no frame set for a deed to come as a deed ("…会议之机", "…的基础上", "…为契机")', () => {
    const names = activityNames([
      '社区团支部工作总结', '支部借召开全体团员大会之机,开展了团员意识教育,团员们的组织观念明显增强。',
      '在完成规定学习任务的基础上,组织团员参观了烈士纪念馆。',
    ])
    expect(names.some((t) => /之机|基础上/.test(t))).toBe(false)
    expect(names).toEqual(['开展团员意识教育', '组织团员参观了烈士纪念馆'])
    const listed = linesToBlocks(['社区团支部工作总结', '1、在完成规定学习任务的基础上,组织团员参观了烈士纪念馆;2、以参观红色教育基地为契机,开展了主题团日活动。'])
    expect(extractActivities(listed.text, listed.blocks).map((a) => a.name)).toEqual(['组织团员参观了烈士纪念馆', '开展主题团日活动'])
  })

  it('reads each clause of a sentence that reports several deeds', () => {
    expect(prose([
      '标题', '街道及时召开了全体网格员参加的防汛动员会,安排部署了汛期各项工作,下发了街道开展防汛排查的通知。',
    ])).toEqual(['及时召开了全体网格员参加的防汛动员会', '下发了街道开展防汛排查的通知'])
  })

  it('keeps a manner adverb with the verb and drops a closing count', () => {
    // With no enumerated deeds, 新建 (an action verb) opens a deed too.
    expect(prose(['标题', '今年以来,我乡大力推进农村电商,新建服务站3个;落实油菜种植面积8200亩,长势良好。'])).toEqual([
      '大力推进农村电商', '新建服务站', '落实油菜种植面积',
    ])
    expect(prose(['标题', '社区团委定期召开团干部例会,通报工作进展。'])).toEqual(['定期召开团干部例会'])
  })

  it('keeps a count that sits inside the object', () => {
    expect(prose(['标题', '在活动期间,街道召开了两次居民代表会,听取意见。'])).toEqual(['召开了两次居民代表会'])
  })

  it('does not split a quoted name at its inner comma', () => {
    expect(prose(['标题', '村委会启动西山村“绿水青山,美丽乡村”长廊建设,年底前完工。'])).toEqual([
      '启动西山村“绿水青山,美丽乡村”长廊建设',
    ])
  })

  it('ignores aims, duties, plans and denials', () => {
    expect(prose([
      '标题', '为了做好防汛工作,我们要成立防汛领导小组。', '下一步,我镇将举办农民丰收节庆祝活动。',
      '各村必须签订安全生产责任书。', '部分村至今没有建立网格员巡查制度。', '镇里要求各村成立护林巡查小组。',
    ])).toEqual([])
  })

  it('ignores vague objects, compliance and figure reports', () => {
    expect(prose([
      '标题', '全镇上下扎实开展了各项工作。', '我们认真落实了上级会议精神。', '全乡完成生产总值2.1亿元,同比增长6%。',
      '各学校全年开展大型活动四次。', '双方已达成联合开发东湖景区的共识。',
    ])).toEqual([])
  })

  it('reads passing on a meeting\'s message as a deed, carrying out a message not', () => {
    expect(prose(['标题', '全所干部职工集中传达了县总工会五届三次全委会议精神。'])).toEqual(['集中传达了县总工会五届三次全委会议精神'])
    expect(prose(['标题', '全所干部职工认真落实县总工会全委会议精神。'])).toEqual([])
  })

  it('reads a deed done a number of times as that deed, the count left out', () => {
    expect(prose(['标题', '各学校全年组织专题学习十二次。'])).toEqual(['组织专题学习'])
  })

  it('ignores verbs used as nouns or attributes', () => {
    expect(prose(['标题', '领导小组成立后,各项工作有序推进。', '镇里形成了责任明确的组织网络体系。', '工作要求落实到位。'])).toEqual([])
    expect(prose(['标题', '副县长在启动仪式上发表了讲话。', '全县以建设生态农业和美丽乡村为主线。'])).toEqual([])
  })

  it('reports nothing under a problems or plans section', () => {
    expect(prose([
      '社区工作总结', '一、存在的问题', '个别楼栋长召开了楼栋会议但记录不全。', '二、下一步打算',
      '社区计划启动老旧小区加装电梯工程。',
    ])).toEqual([])
  })

  it('reads the body deeds under a slogan heading but not the slogan clauses themselves', () => {
    expect(prose([
      '标题', '1、加强领导,成立组织机构。为了让活动落到实处,园区管委会成立了安全月活动领导小组,负责统筹调度。',
    ])).toEqual(['成立了安全月活动领导小组'])
  })

  it('does not repeat the deed an item head already names', () => {
    expect(all([
      '标题', '二、活动丰富,扎实开展', '1、举办读书月启动仪式。4月1日上午,学校在操场举办了隆重的读书月启动仪式。',
      '2、开展好书推荐活动。各班推荐图书二十本。',
    ])).toEqual(['举办读书月启动仪式', '开展好书推荐活动'])
  })

  it('reads deeds in the body of a highlight-like heading', () => {
    expect(prose([
      '标题', '一、完成情况:(一)特色产业稳步发展。积极培育家庭农场上规模,新增家庭农场4家。(二)基础设施不断完善。',
    ])).toEqual(['积极培育家庭农场上规模'])
  })

  it('keeps the main event of the opening only when it is named', () => {
    expect(prose([
      '标题', '5月10日至20日,我校开展了“平安校园”宣传活动。现总结如下:', '一、加强宣传,营造氛围', '学校印发了致家长的一封信。',
    ])).toEqual(['开展了“平安校园”宣传活动', '印发了致家长的一封信'])
    expect(prose([
      '标题', '本学期我校认真开展了一系列德育活动,完善了学生评价制度。现总结如下:', '一、加强宣传,营造氛围', '学校印发了致家长的一封信。',
    ])).toEqual(['印发了致家长的一封信'])
  })

  it('leaves the campaign umbrella and declared totals to the items', () => {
    expect(prose([
      '标题', '街道组织开展了以“文明出行”为主题的交通安全系列活动。', '活动月期间共开展了6项宣传活动。',
      '社区组织开展了义诊、送戏下乡和慰问老人等活动。',
    ])).toEqual([])
  })

  it('reads a plan\'s measures as a report\'s deeds', () => {
    expect(prose(['2023年社区消防工作计划', '社区成立消防安全领导小组,定期召开消防例会。'])).toEqual(['成立消防安全领导小组', '定期召开消防例会'])
    expect(prose(['上半年消防工作总结及下半年计划', '社区成立了消防安全领导小组。'])).toEqual(['成立了消防安全领导小组'])
  })

  it('skips headings and titles, which are labels', () => {
    const text = '开展安全知识竞赛活动\n组织开展应急疏散演练\n学校举办了消防知识讲座。'
    const blocks = [
      { kind: 'title' as const, text: '开展安全知识竞赛活动', offset: 0, sourceOffset: 0, doc: 0 },
      { kind: 'heading' as const, level: 2, text: '组织开展应急疏散演练', offset: 11, sourceOffset: 11, doc: 0 },
      { kind: 'paragraph' as const, text: '学校举办了消防知识讲座。', offset: 22, sourceOffset: 22, doc: 0 },
    ]
    expect(findProseActivities(text, blocks, OPEN).map((a) => a.text)).toEqual(['举办了消防知识讲座'])
  })

  it('reads a reported progress as no deed', () => {
    expect(prose(['标题', '环湖公路项目现已基本完成路基工程建设,预计9月通车。'])).toEqual([])
  })

  it('works on traditional characters and full-width punctuation', () => {
    expect(prose(['標題', '鎮政府舉辦了重陽節敬老聯歡會，慰問老人二百人。'])).toEqual(['舉辦了重陽節敬老聯歡會'])
  })
})

describe('namesDeed', () => {
  it('tells a head naming one deed from a slogan or a claim', () => {
    expect(namesDeed('举办科技周启动仪式')).toBe(true)
    expect(namesDeed('积极开展“安全月”宣传')).toBe(true)
    expect(namesDeed('精心组织,抓好落实')).toBe(false)
    expect(namesDeed('三大产业凸显特色')).toBe(false)
    // Broad reading: the action verbs name a deed too.
    expect(namesDeed('制作发放宣传单')).toBe(false)
    expect(namesDeed('制作发放宣传单', true)).toBe(true)
    expect(namesDeed('安全管理常抓不懈', true)).toBe(false)
  })
})
