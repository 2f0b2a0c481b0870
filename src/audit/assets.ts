/** The report's inline CSS and script: no network, no external files. */

/** Colours per rule, in order of how much each rule removed; beyond these, hues are spread by the golden angle. */
export const PALETTE = [
  '#e4572e', '#2e86ab', '#a23b72', '#f18f01', '#3b8b5a', '#6c5ce7',
  '#c0392b', '#16a085', '#8e6c3a', '#d35db3', '#4a6fa5', '#7f8c2d',
] as const

/** Colour of the n-th rule. */
export function ruleColour(n: number): string {
  return PALETTE[n] ?? `hsl(${Math.round((n * 137.508) % 360)} 60% 45%)`
}

/** Page styles; rule colours come as `--c` from per-rule classes. */
export const CSS = `
:root{--fg:#1d1f23;--muted:#5b6270;--line:#d9dde3;--bg:#fafbfc}
*{box-sizing:border-box}
body{margin:0;font:15px/1.6 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
h1{font-size:1.5em;margin:24px 0 4px}h2{font-size:1.2em;margin:0 0 6px}h3{font-size:1em;margin:16px 0 6px}
.muted{color:var(--muted)}
table{border-collapse:collapse;margin:6px 0 12px;font-size:.92em;width:100%}
th,td{border:1px solid var(--line);padding:3px 8px;text-align:left;vertical-align:top}
th{background:#eef1f5}
table.summary{width:auto;min-width:360px}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.bar{display:inline-block;height:.7em;background:var(--c);min-width:1px;width:var(--w,1px)}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;background:var(--c);vertical-align:-.1em;margin-right:6px}
#legend ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
#legend li{cursor:pointer}#legend li.off{opacity:.4;text-decoration:line-through}
.doc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:14px 18px;margin:18px 0}
.doc.failed{border-color:#c0392b}
.flags span{display:inline-block;background:#eef1f5;border-radius:3px;padding:0 6px;margin-right:6px;font-size:.85em}
.text{white-space:pre-wrap;word-break:break-word;border-left:3px solid var(--line);padding-left:12px;margin:10px 0}
del.cut{text-decoration:line-through;text-decoration-color:var(--c);text-decoration-thickness:2px;background:color-mix(in srgb,var(--c) 16%,transparent);color:#555;cursor:pointer;border-radius:2px}
del.cut:hover,del.cut:focus,del.cut.active{background:color-mix(in srgb,var(--c) 34%,transparent);outline:1px solid var(--c)}
body.hide-kept .kept{display:none}
.hidden-rule{display:none}
#detail{position:fixed;right:16px;bottom:16px;max-width:420px;background:#fff;border:2px solid var(--c,#888);border-radius:6px;padding:10px 14px;box-shadow:0 4px 18px rgba(0,0,0,.15);font-size:.9em}
#detail[hidden]{display:none}
#detail dt{font-weight:600}#detail dd{margin:0 0 6px}
.error{color:#c0392b}
`

/** Page script: click (or Enter) on a removal shows its rule and reason; legend items hide a rule. */
export const SCRIPT = `
(function(){
  var detail=document.getElementById('detail');
  var fields={rule:detail.querySelector('[data-f=rule]'),kind:detail.querySelector('[data-f=kind]'),reason:detail.querySelector('[data-f=reason]'),text:detail.querySelector('[data-f=text]')};
  var active=null;
  function show(el){
    if(active)active.classList.remove('active');
    active=el;el.classList.add('active');
    fields.rule.textContent=el.getAttribute('data-rule');
    fields.kind.textContent=el.getAttribute('data-kind')+' / '+el.getAttribute('data-scope');
    fields.reason.textContent=el.getAttribute('data-reason');
    var t=el.textContent||'';fields.text.textContent=t.length>160?t.slice(0,160)+'…':t;
    detail.style.setProperty('--c',getComputedStyle(el).getPropertyValue('--c'));
    detail.hidden=false;
  }
  document.addEventListener('click',function(e){
    var target=e.target;if(!(target instanceof Element))return;
    var cut=target.closest('del.cut');if(cut){show(cut);return;}
    var item=target.closest('#legend li[data-rule-class]');
    if(item){
      var cls=item.getAttribute('data-rule-class');item.classList.toggle('off');
      document.querySelectorAll('del.'+cls).forEach(function(d){d.classList.toggle('hidden-rule');});
      return;
    }
    if(target.closest('#detail [data-close]')){detail.hidden=true;if(active)active.classList.remove('active');}
  });
  document.addEventListener('keydown',function(e){
    var target=e.target;
    if(e.key==='Enter'&&target instanceof Element&&target.matches('del.cut'))show(target);
    if(e.key==='Escape')detail.hidden=true;
  });
  var toggle=document.getElementById('toggle-kept');
  if(toggle)toggle.addEventListener('change',function(){document.body.classList.toggle('hide-kept',toggle.checked);});
})();
`
