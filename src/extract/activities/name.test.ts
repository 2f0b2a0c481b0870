import { describe, expect, it } from 'vitest'
import { activityAt, activityName, compressObject } from './name.js'
import { Activity } from '../../schema.js'

describe('activityName', () => {
  it.each([
    // aspect particle and manner adverbs go, the form of the deed (定期, 联合) stays
    ['召开了全镇防汛工作会议', '召开全镇防汛工作会议'],
    ['进一步健全值班制度', '健全值班制度'],
    ['大力推进垃圾分类', '推进垃圾分类'],
    ['认真组织消防演练,努力提高师生自救能力', '组织消防演练'],
    ['定期召开家委会', '定期召开家委会'],
    ['联合举办了“社区邻里节”活动', '联合举办“社区邻里节”活动'],
    // a leading time and a subject are not part of the name
    ['4月2日,街道组织开展了清明文明祭扫宣传', '组织开展清明文明祭扫宣传'],
    ['开学初,学校成立了防疫工作专班', '成立防疫工作专班'],
    // attributive clauses naming who led or took part
    ['成立了以王校长为组长、李主任为副组长的读书节领导小组', '成立读书节领导小组'],
    ['成立了由副镇长任组长的,各村书记参与的河长制工作小组', '成立河长制工作小组'],
    ['及时召开了有十余家单位参加的“防汛工作联席会议”', '召开“防汛工作联席会议”'],
    ['组织召开了全体教师参加的师德师风动员大会', '组织召开师德师风动员大会'],
    // 的 after a quoted name; examples listed before the noun they illustrate
    ['开展了“书香满园”的读书活动', '开展“书香满园”读书活动'],
    ['悬挂张贴相应的横幅、标语、展板等禁毒宣传材料', '悬挂张贴禁毒宣传材料'],
    // unfilled template years
    ['印发了《20xx年XX镇爱国卫生月活动方案》', '印发《XX镇爱国卫生月活动方案》'],
  ])('%s → %s', (text, name) => {
    expect(activityName(text)).toBe(name)
  })

  it.each([
    // a slogan whose verb has no object, and a result statement, stay whole
    '精心组织,狠抓落实',
    '重点工程顺利推进',
    // a verb after another verb is part of its object: 组织 is a noun here
    '夯实基层组织基础',
    // no deed verb: nothing to compress
    '垃圾分类',
    // "…参与度高的" is a quality, not who took part
    '开展形式多样、群众参与度高的宣传活动',
  ])('keeps %s as it is', (text) => {
    expect(activityName(text)).toBe(text)
  })

  it('takes a later clause that opens with a deed verb when the first holds none', () => {
    expect(activityName('借助社区广播站,开展消防宣传活动')).toBe('开展消防宣传活动')
    expect(activityName('以“平安校园”为主题,召开家长座谈会')).toBe('召开家长座谈会')
    // A first clause with its own deed, or a slogan with none anywhere, is read as before.
    expect(activityName('召开动员大会,部署全年工作')).toBe('召开动员大会,部署全年工作')
    expect(activityName('提高认识,领导重视')).toBe('提高认识,领导重视')
  })

  it('ends the name with the deed\'s clause, unless the next clause is a deed of its own or both are short slogans', () => {
    expect(activityName('组织开展消防演练,提高了师生的应急避险能力')).toBe('组织开展消防演练')
    expect(activityName('举办廉政知识讲座,过去一年,全体党员干部受到了深刻教育')).toBe('举办廉政知识讲座')
    // A comma inside quotes ends nothing; a participant clause with commas is dropped before the cut.
    expect(activityName('开展“学雷锋,树新风”志愿服务活动,共计服务群众两百余人次')).toBe('开展“学雷锋,树新风”志愿服务活动')
    // Parallel deeds and slogan couplets stay whole.
    expect(activityName('召开动员大会,部署全年工作')).toBe('召开动员大会,部署全年工作')
    expect(activityName('加强领导,精心组织')).toBe('加强领导,精心组织')
  })

  it('never returns an empty name', () => {
    expect(activityName('  了 ')).toBe('了')
    expect(activityName('20xx年')).toBe('20xx年')
  })
})

describe('compressObject', () => {
  it('drops only participant clauses ending in 的', () => {
    expect(compressObject('以刘镇长为组长的工作专班')).toBe('工作专班')
    expect(compressObject('各村干部参加的培训会')).toBe('培训会')
    expect(compressObject('新团员的培训')).toBe('新团员的培训')
  })
})

describe('activityAt', () => {
  it('builds a schema-valid activity with its name', () => {
    const a = activityAt('召开了家长会', 7, '1、', 1)
    expect(a).toMatchObject({ text: '召开了家长会', name: '召开家长会', offset: 7, marker: '1、', index: 1, dates: [], counts: [] })
    expect(() => Activity.parse(a)).not.toThrow()
  })
})
