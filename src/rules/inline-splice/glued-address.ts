import { WEB_ADDRESS } from '../../text/furniture.js'
import { matchSpans } from '../match.js'
import type { Rule } from '../types.js'

// A site's address glued into a sentence ("覆盖学生430余人www.example.com,重点关注…"): a copy script
// appends it to a random phrase. A report that gives an address introduces it (网址, 官网, 登录, 访问, 关注
// …, or a colon) and the address is its own; an address glued to an ordinary word is the site's mark.
const ADDRESS = new RegExp(WEB_ADDRESS.source, 'gi')
const GLUED_BEFORE = /[\u4e00-\u9fff\d]$/
// A conjunction joins it to another channel the sentence names ("通过…小程序和https://…收集").
const INTRODUCED = /(?:网站|网址|网页|页面|入口|官网|主页|平台|商城|网店|店铺|登录|登陆|访问|关注|搜索|链接|地址|邮箱|通过|详见|参见|进入|打开|扫描|使用|[为是在至到和或及与])$/
const OPENS = /[(（【\[〔〖]/g
const CLOSES = /[)）】\]〕〗]/g
const WORD_AFTER = /^[\u4e00-\u9fff,，。;；、)）]/

export const gluedAddress: Rule = {
  id: 'inline-splice/glued-address',
  kind: 'inline-splice',
  description: 'A web address glued into a sentence with no word introducing it (…430余人www.example.com,…)',
  scope: 'inline',
  test: (block) => {
    const text = block.folded
    const spans = matchSpans(ADDRESS, text, (m) => {
      const before = text.slice(0, m.index)
      // Inside a bracket the address is part of a site's stamp ("【某某网example.com原创首发】"): the stamp goes whole, by its rule.
      const bracketed = (before.match(OPENS) ?? []).length > (before.match(CLOSES) ?? []).length
      return !bracketed && GLUED_BEFORE.test(before) && !INTRODUCED.test(before) && WORD_AFTER.test(text.slice(m.index + m[0].length))
    })
    return spans.length ? { reason: "a site's address glued into the sentence", spans } : undefined
  },
  examples: {
    drop: ['班主任家访覆盖学生430余人www.example.com,重点关注留守儿童。', '开展了丰富多彩的活动www.example.cn,受到群众好评。'],
    keep: ['患者可通过医院官网www.example.cn预约专家门诊。', '详情请登录www.example.gov.cn查询。', '网址:www.example.com', '全县政务服务事项均可在www.example.gov.cn办理。', '居民可通过小程序或网页 http://www.example.cn/zyfw 报名参与。', '设立服务点15个【某某公文网example.com原创首发】,维修家电200件。', '通过“某某市场监管”小程序和https://scjg.example.cn/dianjian收集群众需求。', '协会网上商城www.example-shop.com全年销售蜂蜜13.6吨。'],
  },
}
