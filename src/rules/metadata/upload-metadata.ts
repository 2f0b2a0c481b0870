import { META_KEYS } from '../../lexicon/boilerplate.js'
import { alternation } from '../match.js'
import type { Rule } from '../types.js'

// Keys of the "key:value" pairs that make up a metadata line.
const PAIR = new RegExp(`(?:^|\\s|\\|)(${alternation(META_KEYS)})(?:\\([^()]{1,6}\\))?\\s?[:：]\\s?(\\S)`, 'g')
// Keys that are metadata whatever their value; others (时间, 日期, 来源…) need a numeric date/time
// value, because a plan's body says "时间:2021年5月15日" too.
const STRONG = new Set(['上传人', '上传者', '上传时间', '上传日期', '上传于', '文档编号', '文档ID', '资源ID', '下载积分', '下载次数', '浏览次数', '阅读次数', '浏览量', '阅读量', '小编', '责任编辑', '贡献者', '文件大小', '大小', '页数', '发布时间', '发布日期', '发表时间', '更新时间', '所属分类'])
const NUMERIC_DATETIME = /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}/

export const uploadMetadata: Rule = {
  id: 'metadata/upload-metadata',
  kind: 'metadata',
  description: 'Upload/download metadata lines (上传人, 文档编号, 上传时间, 格式, 页数, 下载积分, 时间:YYYY-MM-DD hh:mm)',
  scope: 'line',
  test: (block) => {
    const text = block.folded.trim()
    if (text.length > 100 || /[。;]/.test(text)) return undefined
    PAIR.lastIndex = 0
    const keys: string[] = []
    for (let m = PAIR.exec(text); m; m = PAIR.exec(text)) keys.push(m[1]!)
    if (keys.length === 0) return undefined
    const strong = keys.some((k) => STRONG.has(k))
    if (strong || keys.length >= 2 || NUMERIC_DATETIME.test(text)) return { reason: `page metadata (${keys.join(', ')})` }
    return undefined
  },
  examples: {
    drop: ['格式:DOC 上传日期:2022-08-14 09:12:40', '大小:31.20KB', '上传人(卖家):zh***21', '时间:2024-03-18 10:20:05', '时间:2022-08-14 09:12:40 小编:晓风', '上传人:张三 文档编号:883201 页数:12', '浏览次数:1523'],
    keep: ['时间:2021年5月15日上午9时', '地点:县文化广场', '作者简介:该同志长期从事农技推广工作。'],
  },
}
