import { describe, expect, it } from 'vitest'
import { Organizer } from '../../schema.js'
import { extractOrganizers } from './index.js'

const names = (text: string): string[] => extractOrganizers(text).map((o) => o.text)

describe('extractOrganizers', () => {
  it('keeps a name the verbatim slice at its offset when a space stands before it', () => {
    const text = '2021年社区志愿服务活动总结 街道办事处联合区文明办举办了志愿服务启动仪式。'
    const found = extractOrganizers(text)
    expect(found.map((o) => o.text)).toEqual(['街道办事处', '区文明办'])
    for (const o of found) expect(text.slice(o.offset, o.offset + o.text.length)).toBe(o.text)
  })

  it('takes no shortcoming (不足之处, 不足部分) and no journey (前往…村) for a unit', () => {
    expect(names('工作中的不足之处也很明显:馆藏结构还需优化。')).toEqual([])
    expect(names('加装电梯每部财政补助20万元,不足部分由受益居民分摊。')).toEqual([])
    expect(names('支教队一行14人,前往云岭县白沙坪村开展为期三周的支教活动。')).toEqual([])
  })

  it('reads a teaching group as a unit of its own, and no time (今后) as part of a name', () => {
    expect(names('由语文教研组和学校图书馆联合举办了读书节活动。')).toEqual(['语文教研组', '学校图书馆'])
    expect(names('今后学校将组织开展专题培训。').some((n) => n.startsWith('今后'))).toBe(false)
  })

  it('lists the units before 联合举办 and not the member units of a meeting', () => {
    const text = '5月10日至16日,县科技局、县委宣传部、县科协联合举办了全民科学素质宣传周活动。由县科技局牵头,召开了有县教育局、县农业局、县妇联等15家成员单位参加的联席会议。'
    expect(names(text)).toEqual(['县科技局', '县委宣传部', '县科协'])
  })

  it('names no partner after 与, and the unit sent, not the verb sending it (调派)', () => {
    expect(names('公司与某某理工大学签订校企合作协议,共建实训基地2个。')).toEqual([])
    expect(names('汛期,调派县综合应急救援队驻守重点堤段。')).toEqual(['县综合应急救援队'])
  })

  it('gives each unit once, at its first mention, with offsets into the text', () => {
    const text = '由区科技局、区委宣传部、区科协联合牵头开展科技周。区科技局认真做好筹备工作。'
    const list = extractOrganizers(text)
    expect(list.map((o) => o.text)).toEqual(['区科技局', '区委宣传部', '区科协'])
    for (const o of list) {
      expect(text.slice(o.offset, o.offset + o.text.length)).toBe(o.text)
      expect(() => Organizer.parse(o)).not.toThrow()
    }
  })

  it('reads the units that sign the document above its date, and only there', () => {
    expect(names('一年来,全村上下团结一心,各项工作取得实效。\n中共柳湾村支部委员会\n2023年12月28日')).toEqual(['中共柳湾村支部委员会'])
    expect(names('特此报告。\n\n共青团浦阳区委员会\n浦阳区教育局\n2024年6月1日')).toEqual(['共青团浦阳区委员会', '浦阳区教育局'])
    expect(names('沙湾街道办事处\n全年共开展活动12次。')).toEqual([])
  })

  it('ends a unit before a verb jieba reads whole, though 办 ends unit names too', () => {
    expect(names('4月27日,街道联合区人社局举办专场招聘会。')).toEqual(['区人社局'])
  })

  it('reads 由…牵头 and 进行牵头', () => {
    expect(names('由市政府统一部署,市农业农村局和市科协进行牵头和协调。')).toEqual(['市农业农村局', '市科协'])
  })

  it('reads the units after 由 in a text cut off inside the list, all but the cut last one', () => {
    expect(names('本次读书节活动由区文明办、区教育局、区图书馆、区新华')).toEqual(['区文明办', '区教育局', '区图书馆'])
    // Not cut off: with no verb after it the list names no agent.
    expect(names('本次读书节活动由区文明办、区教育局、区图书馆、区新华书店。')).toEqual([])
  })

  it('reads a long list joined by 提请/与/、 and cut at 等', () => {
    expect(names('市消防救援支队提请市公安局与市委宣传部、教育局、民政局、文旅局等市直相关部门联合举办宣传月活动。')).toEqual([
      '市消防救援支队', '市公安局', '市委宣传部', '教育局', '民政局', '文旅局',
    ])
  })

  it('names the body that was set up, after 以…为组长的', () => {
    expect(names('社区成立了以社区主任为组长的文明创建领导小组,负责各项工作。')).toEqual(['文明创建领导小组'])
    expect(names('演练成立现场指挥部,下设五个专项小组。')).toEqual(['现场指挥部'])
    expect(names('成立了以王明校长为组长,李红书记为副组长的,读书节领导小组。')).toEqual(['读书节领导小组'])
  })

  it('reads 会同 and the units that 密切配合', () => {
    expect(names('4月8日,区妇联会同东风社区开展家庭教育讲座。')).toEqual(['区妇联', '东风社区'])
    // The partner after 会同 hosts the work too, even when a comma follows it.
    expect(names('4月8日,区妇联会同东风社区,在社区广场开展家庭教育讲座。')).toEqual(['区妇联', '东风社区'])
    // 教科室 is not in the lean word list (text/lean-dictionary.ts): cut 教/v 科室, it reads as a verb phrase.
    expect(names('学校教务处、教科室、团委等部门密切配合,完成了任务。')).toEqual(['教务处', '团委'])
  })

  it('takes a unit that opens a clause and acts, and leaves an elided organ as written', () => {
    // "镇党委、政府": the gold lists the organ named in full, not a completed 镇政府.
    expect(names('今年以来,镇党委、政府聚焦乡村振兴目标,扎实推进各项工作。')).toEqual(['镇党委'])
    expect(names('20XX年,县人民医院团委在医院党委的正确领导下,扎实开展各项工作。')).toEqual(['县人民医院团委', '医院党委'])
    expect(names('10月9日,我们经济管理系青年志愿者协会组织志愿者到敬老院慰问。')).toEqual(['经济管理系青年志愿者协会'])
  })

  it('takes the units that lead the work, not those that only support or attend', () => {
    expect(names('在市委、市政府的正确领导和省科技厅的大力支持下,活动圆满完成。')).toEqual(['市委', '市政府'])
    expect(names('县委宣传部、县文明办等部门领导出席了启动仪式。')).toEqual([])
  })

  it('takes the units whose instructions the work follows', () => {
    expect(names('按照市科技局、市委宣传部和市科协关于做好科技周工作的统一部署,开展了宣传。')).toEqual(['市科技局', '市委宣传部', '市科协'])
  })

  it('does not take words that merely end like a unit', () => {
    expect(names('要求站在讲政治的高度认识安全工作。')).toEqual([])
    expect(names('负责本企业的内部组织落实。')).toEqual([])
    expect(names('积极参加教研室组织的教研活动。')).toEqual([])
  })

  it('does not take a bare generic unit on its own', () => {
    expect(names('学校组织了全体师生观看安全教育片。')).toEqual([])
    expect(names('各有关单位联合举办了展览。')).toEqual([])
  })

  it('starts a name after a preposition, a contact, a time or the unit\'s place before it', () => {
    expect(names('以县第一医院为龙头,组建了医共体。')).toEqual(['县第一医院'])
    expect(names('会后县水利局组织技术人员开展了汛前检查。')).toEqual(['县水利局'])
    expect(names('辖区共建单位区文化馆开展了送戏进社区活动。')).toEqual(['区文化馆'])
    expect(names('辖区内共建单位区文化馆开展了送戏进社区活动。')).toEqual(['区文化馆'])
    // 辖区 alone names the district's own unit, as the page writes it.
    expect(names('辖区消防中队开展了消防演练。')).toEqual(['辖区消防中队'])
  })

  it('does not take self-references like 我院', () => {
    expect(names('总之,一年来,我院在医疗质量管理上取得了一定进步。')).toEqual([])
  })

  it('reads units of an unfolded full-width text', () => {
    expect(names('县文化馆、县图书馆联合主办“书香县城”读书节。')).toEqual(['县文化馆', '县图书馆'])
  })

  it('reads the summary writer from a title line', () => {
    expect(names('XX中学团委工作总结\n一年来,我校团委认真完成各项任务。')).toEqual(['XX中学团委'])
  })

  it('reads 承办 and 主办 lists', () => {
    expect(names('本次大赛由市教育局主办,市青少年活动中心承办。')).toEqual(['市教育局', '市青少年活动中心'])
  })

  it('keeps a name that opens with a joiner character (和平社区)', () => {
    expect(names('和平社区党委牵头组织了党员志愿服务活动。')).toEqual(['和平社区党委'])
  })

  it('reads the author unit of a report title and of the author voice', () => {
    expect(names('市水利局2019年度工作总结\n一年来,全局上下团结一致。')).toEqual(['市水利局'])
    expect(names('三十二团五连年终工作总结\n今年连队完成了生产任务。')).toEqual(['三十二团五连'])
    expect(names('县科协科普工作总结\n全年开展科普活动。')).toEqual(['县科协'])
    expect(names('现在,我代表桃源镇人民政府,向大会报告工作。')).toEqual(['桃源镇人民政府'])
    expect(names('我受青石村村民委员会的委托,报告一年来的工作。')).toEqual(['青石村村民委员会'])
  })

  it('reads units under whose leadership or guidance the work was done', () => {
    expect(names('一年来,我校在上级团市委和学校党支部的正确领导下开展工作。')).toEqual(['团市委', '学校党支部'])
    expect(names('在县统计局大力指导和支持下,普查顺利完成。')).toEqual(['县统计局'])
    expect(names('根据区教育局《关于开展读书月活动的通知》,我校组织了读书月。')).toEqual(['区教育局'])
    expect(names('在院团总支的精心组织下,志愿者走进社区。')).toEqual(['院团总支'])
    // 上级团委 points at a committee above; it names none.
    expect(names('在党委和上级团委的领导下,团组织建设得到加强。')).toEqual(['党委'])
  })

  it('reads partners and members of the work', () => {
    expect(names('会同区法制办、区社建办等单位开展专题调研。')).toEqual(['区法制办', '区社建办'])
    expect(names('积极配合公安机关开展治安巡逻。')).toEqual(['公安机关'])
    expect(names('协助保卫科完成应急预案的修订。')).toEqual(['保卫科'])
    expect(names('通过与河东区科协协商,确定了主会场。')).toEqual(['河东区科协'])
    expect(names('成立了由镇长任组长,农业办、财政所、党总支等部门负责同志为成员的领导小组。')).toEqual(['农业办', '财政所', '党总支', '领导小组'].slice(0, 3))
  })

  it('reads the agent after 由 and the body after 经', () => {
    expect(names('宣传册的设计制作由市创建办负责。')).toEqual(['市创建办'])
    expect(names('征求意见后,经区党政联席会讨论通过,方案正式印发。')).toEqual(['区党政联席会'])
  })

  it('reads subjects after a time, in a 等单位 list, and with 对/在/于', () => {
    expect(names('5月底区委宣传部、区总工会、团区委等单位印发了活动方案。')).toEqual(['区委宣传部', '区总工会', '团区委'])
    expect(names('近日,青山县图书馆对读书日活动进行了精心策划。')).toEqual(['青山县图书馆'])
    expect(names('9月1日,临江市汽配商会于活动室召开了理事会议。')).toEqual(['临江市汽配商会'])
    expect(names('昨日急诊科出车9趟,外科收住新病人12位。')).toEqual(['急诊科', '外科'])
    expect(names('城东街道科协在区科协的领导下开展科普活动。')).toEqual(['城东街道科协', '区科协'])
  })

  it('reads names with 和 inside them, 联合 before a head noun, and whole head nouns', () => {
    expect(names('会同市委宣传部、人力资源和社会保障局等单位印发了通知。')).toEqual(['市委宣传部', '人力资源和社会保障局'])
    expect(names('河湾镇小微企业联合工会组织开展了趣味活动。')).toEqual(['河湾镇小微企业联合工会'])
    expect(names('旗委中心组成员带头学习。')).toEqual([])
    expect(names('区委宣传部印发了宣传方案。')).toEqual(['区委宣传部'])
  })

  it('does not read a verb, an adverb or a locative as the start of a name', () => {
    expect(names('今年我局已完成市福利院改造工程。')).toEqual([])
    expect(names('进一步推进科协组织建设。')).toEqual([])
    expect(names('报告中所涉及的数据截至年底。')).toEqual([])
  })

  it('does not read a verb before a head noun as a name (联合派出所, 走进社区)', () => {
    expect(names('11月上旬,联合派出所开展反诈宣传,走进社区、商超和学校开展宣传活动。')).toEqual([])
    expect(names('禁毒办、禁毒委员会等部门联合举办了宣传活动。')).toEqual(['禁毒办', '禁毒委员会'])
  })

  it('does not take what 各 points at, nor rooms', () => {
    expect(names('各社区工作站、股份公司也相应成立了科普小组。')).toEqual([])
    expect(names('社区会议室开放给居民使用。')).toEqual([])
  })

  it('returns nothing for text without organisers', () => {
    expect(names('今天天气晴朗,同学们在操场上做操。')).toEqual([])
  })
})
