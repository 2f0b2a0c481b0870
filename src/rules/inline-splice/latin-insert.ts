import type { Rule } from '../types.js'

// An English word an anti-copy script glued into a Chinese word ("求真务striving,扎实工作"). Chinese
// reports write English terms in capitals or between spaces (APP, Word, "使用 Excel 表格"); a run
// of five or more lower-case letters pressed between characters is an insert.
const INSERT = /(?<=[\u3400-\u9fff])[a-z]{5,}(?=[\u3400-\u9fff,，。;；、])/g

export const latinInsert: Rule = {
  id: 'inline-splice/latin-insert',
  kind: 'inline-splice',
  description: 'English words glued into Chinese words by an anti-copy script (求真务striving,扎实)',
  scope: 'inline',
  test: (block) => {
    const spans: [number, number][] = []
    INSERT.lastIndex = 0
    for (let m = INSERT.exec(block.text); m; m = INSERT.exec(block.text)) {
      // Placeholders (xxxxx平方米) stand for a number the template left out: they are the text's own.
      if (!/^x+$/.test(m[0])) spans.push([m.index, m.index + m[0].length])
    }
    return spans.length ? { reason: 'English word inserted into the text', spans } : undefined
  },
  examples: {
    drop: ['全体教职工凝心聚力,求真务striving,扎实工作。', '进一步improve教学质量'],
    keep: ['现已完成签约xxx户xxxxx平方米', '熟练使用 Excel 表格', '引导群众下载APP', '推广使用WiFi网络', '开展ABC英语角活动'],
  },
}
