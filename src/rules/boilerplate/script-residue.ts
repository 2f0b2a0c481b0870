import type { Rule } from '../types.js'

// A page's script or style sheet that the scraper kept as text: a line with no Chinese that reads as code
// (var _x = …; document.write(…); $(…); a CSS rule "selector{key:value;}"). It is cut before the inline rules read the
// line, which would otherwise take its letters between symbols for a watermark.
const HAN = /[\u3400-\u9fff]/
const MAX_LINE = 600
const CODE = new RegExp([
  '\\bvar\\s+[\\w$]+\\s*=',
  '\\b(?:let|const)\\s+[\\w$]+\\s*=\\s*\\S',
  '\\bfunction\\s*[\\w$]*\\s*\\(',
  '\\b(?:document|window|location|navigator)\\.[\\w$]+',
  '\\$\\(\\s*[\'"\\w]',
  '\\b[\\w$]+\\.push\\(\\s*\\[',
  '<\\/?(?:script|style|noscript)\\b',
  // A CSS rule: a selector, then braces around key:value pairs.
  '^[#.]?[\\w-]+(?:[\\s>+~]+[#.]?[\\w-]+)*\\s*\\{\\s*[\\w-]+\\s*:[^{}]*\\}?\\s*$',
].join('|'))

// A template's field left unfilled ("{{site.name}} · 栏目ID:46 · 文章ID:{{article.id}}"): the page's machinery, whatever
// Chinese labels stand beside it, on a line that makes no sentence.
const TEMPLATE_FIELD = /\{\{\s*[\w.$]+\s*\}\}|\{\$[\w.]+\}|<%=?\s*[\w.]+\s*%>|\{%\s*\w+[^%{}]*%\}/
const SENTENCE = /[。，,;；!?！？]/
const MAX_FIELD_LINE = 160

export const scriptResidue: Rule = {
  id: 'boilerplate/script-residue',
  kind: 'boilerplate',
  description: "A page's script or style rule kept as text (var _tjq = _tjq || [];, document.write(…), .content p{text-indent:2em;}), or a template's unfilled field ({{site.name}})",
  scope: 'inline',
  test: (block) => {
    const text = block.text.trim()
    if (text.length <= MAX_FIELD_LINE && TEMPLATE_FIELD.test(text) && !SENTENCE.test(text)) return { reason: "a page template's unfilled field, kept as text" }
    if (text === '' || text.length > MAX_LINE || HAN.test(text) || !CODE.test(text)) return undefined
    return { reason: "the page's script or style sheet, kept as text" }
  },
  examples: {
    drop: [
      "var _hmt = _hmt || []; _hmt.push(['_setAccount', 'abc123']);",
      'document.write(unescape("%3Cscript src=\'/inc/count.asp?id=38\'%3E%3C/script%3E"));',
      '.newsContent p{text-indent:2em;line-height:200%;font-size:15px;}',
      'body { margin: 0; }',
      '$(function(){ $(".nav li").hover(); });',
      '<script type="text/javascript" src="/js/stat.js"></script>',
      'window.onload = function () { init(); }',
      '{{site.name}} · 栏目ID:12 · 文章ID:{{article.id}}',
      '当前位置:首页 > {$column.title} > 正文',
    ],
    keep: ['2023年全县共开展活动32场。', 'Email: office@example.cn', 'http://www.example.gov.cn/', 'Tel: 0571-12345678; Fax: 0571-12345679', 'PCCM、EBUS、RICU', 'A=B+C', 'www.example.cn/var/1.html', '公式{{a}}的值为3,说明计算正确。'],
  },
}
