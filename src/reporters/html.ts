/**
 * HTML: one self-contained page (no network, no external files) that shows
 * every linted file as text with each finding marked in place, coloured by
 * severity, the message and suggestion on hover or focus; a sidebar with
 * counts per rule, severity and file that filter the marks; keyboard
 * navigation (`j`/`n` next, `k`/`p` previous, Enter opens the rule page);
 * a print layout that lists the findings under each text.
 *
 * Safety: every piece of file text and message is escaped here; the only
 * script is the page's own, and the data it reads sits in the elements'
 * attributes (escaped), never in script source. A file containing
 * `<script>` shows it as text.
 *
 * Marks are segments of the text: where findings overlap, a segment lists
 * every finding covering it (`data-findings="3 4"`), so the text of all
 * segments of a finding is exactly the finding's `actual`.
 */
import type {LintMessage} from '../types.js'
import {SEVERITY_RANK} from '../types.js'
import type {Reporter} from './types.js'
import {countSeverities, countsText, severityWord} from './counts.js'

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c])

interface Finding {
  id: number
  file: number
  message: LintMessage
}

/** Split `text` at every finding boundary; each piece lists the findings covering it. */
function segments(text: string, findings: Finding[]): Array<{text: string; covering: Finding[]}> {
  const cuts = new Set<number>([0, text.length])
  for (const f of findings) {
    cuts.add(Math.max(0, Math.min(text.length, f.message.offset)))
    cuts.add(Math.max(0, Math.min(text.length, f.message.endOffset)))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const out: Array<{text: string; covering: Finding[]}> = []
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]]
    if (from === to) continue
    out.push({text: text.slice(from, to), covering: findings.filter((f) => f.message.offset <= from && to <= f.message.endOffset)})
  }
  return out
}

function describe(message: LintMessage): string {
  const suggestion = message.expected.length > 0 ? ` Vorschlag: ${message.expected.slice(0, 3).join(', ')}` : ''
  return `${severityWord(message.severity)} (${message.ruleId}): ${message.message}${suggestion}`
}

export const html: Reporter = ({results, errors, rules, version, docsBase, texts}) => {
  const findings: Finding[] = []
  results.forEach((result, file) => {
    for (const message of result.messages) findings.push({id: findings.length, file, message})
  })
  const counts = countSeverities(results)
  const perRule = new Map<string, number>()
  for (const f of findings) perRule.set(f.message.ruleId, (perRule.get(f.message.ruleId) ?? 0) + 1)
  const describeRule = new Map(rules.map((rule) => [rule.id, rule.description]))

  const files = results.map((result, index) => {
    const own = findings.filter((f) => f.file === index)
    const text = texts?.[result.path]
    let body: string
    if (text === undefined) {
      body = '<p class="notext">Text nicht verfügbar.</p>'
    } else {
      const parts = segments(text, own).map(({text: piece, covering}) => {
        if (covering.length === 0) return escapeHtml(piece)
        const top = covering.reduce((a, b) => (SEVERITY_RANK[b.message.severity] > SEVERITY_RANK[a.message.severity] ? b : a))
        const ids = covering.map((f) => f.id).join(' ')
        const rulesHere = [...new Set(covering.map((f) => f.message.ruleId))].join(' ')
        const severities = [...new Set(covering.map((f) => f.message.severity))].join(' ')
        const tip = covering.map((f) => describe(f.message)).join('\n')
        return `<mark class="finding sev-${top.message.severity}" data-findings="${ids}" data-rules="${escapeHtml(rulesHere)}" data-severities="${severities}" title="${escapeHtml(tip)}">${escapeHtml(piece)}</mark>`
      })
      body = `<pre class="text" lang="de">${parts.join('')}</pre>`
    }
    const list = own
      .map((f) => {
        const m = f.message
        const suggestion = m.expected.length > 0 ? ` <span class="suggestion">→ ${m.expected.slice(0, 3).map(escapeHtml).join(', ')}</span>` : ''
        return `<li class="item sev-${m.severity}" data-finding="${f.id}" data-rule="${escapeHtml(m.ruleId)}" data-severity="${m.severity}"><a href="#finding-${f.id}" class="jump">${m.line}:${m.column}</a> <span class="badge sev-${m.severity}">${severityWord(m.severity)}</span> ${escapeHtml(m.message)}${suggestion} <a class="rule" href="${escapeHtml(docsBase + m.ruleId + '.md')}">${escapeHtml(m.ruleId)}</a></li>`
      })
      .join('\n')
    const fileCounts = countsText(countSeverities([result]))
    return `<section class="file" id="file-${index}" data-file="${index}">
<h2>${escapeHtml(result.path)} <small>${escapeHtml(fileCounts)}</small></h2>
${body}
<ol class="findings">${list || '<li class="none">Keine Befunde.</li>'}</ol>
</section>`
  })

  const ruleFilters = [...perRule]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(
      ([id, n]) =>
        `<li><label title="${escapeHtml(describeRule.get(id) ?? '')}"><input type="checkbox" class="filter-rule" value="${escapeHtml(id)}" checked> ${escapeHtml(id)} <span class="count">${n}</span></label></li>`
    )
    .join('\n')
  const severityFilters = (['error', 'warning', 'info'] as const)
    .map(
      (s) =>
        `<li><label><input type="checkbox" class="filter-severity" value="${s}" checked> <span class="badge sev-${s}">${severityWord(s, 2)}</span> <span class="count">${counts[s]}</span></label></li>`
    )
    .join('\n')
  const fileLinks = results
    .map((r, i) => `<li><a href="#file-${i}">${escapeHtml(r.path)}</a> <span class="count">${r.messages.length}</span></li>`)
    .join('\n')
  const errorList = errors.length
    ? `<section class="errors"><h2>Nicht geprüft</h2><ul>${errors.map((e) => `<li>${escapeHtml(e.path)}: ${escapeHtml(e.reason)}</li>`).join('')}</ul></section>`
    : ''

  const page = `<!doctype html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>korrektor – Bericht</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>korrektor – Bericht</h1><p class="summary">${findings.length} Befunde in ${results.length} Dateien: ${escapeHtml(countsText(counts))}${errors.length ? `; ${errors.length} Dateien nicht geprüft` : ''} · korrektor ${escapeHtml(version)}</p>
<p class="keys">Tastatur: <kbd>j</kbd>/<kbd>n</kbd> nächster Befund, <kbd>k</kbd>/<kbd>p</kbd> vorheriger, <kbd>Tab</kbd> springt durch alle.</p></header>
<div class="layout">
<nav class="sidebar" aria-label="Filter und Dateien">
<h2>Schwere</h2><ul class="filters">${severityFilters}</ul>
<h2>Regeln</h2><ul class="filters">${ruleFilters || '<li>keine Befunde</li>'}</ul>
<h2>Dateien</h2><ul class="files">${fileLinks}</ul>
</nav>
<main>
${errorList}
${files.join('\n')}
</main>
</div>
<div id="tip" role="tooltip" hidden></div>
<script>${SCRIPT}</script>
</body>
</html>
`
  return {stdout: page}
}

const CSS = `
:root{--error:#c62828;--error-bg:#fde2e2;--warning:#b26a00;--warning-bg:#fff1cc;--info:#1565c0;--info-bg:#e1ecfb;--fg:#1d1d1d;--muted:#666}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:20px;margin:0}
.summary,.keys{margin:4px 0;color:var(--muted)}
kbd{border:1px solid #bbb;border-radius:3px;padding:0 4px;font-size:12px;background:#f4f4f4}
.layout{display:flex;align-items:flex-start}
.sidebar{position:sticky;top:0;width:260px;flex:none;max-height:100vh;overflow:auto;padding:12px 16px;background:#fff;border-right:1px solid #ddd}
.sidebar h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);margin:14px 0 4px}
.sidebar ul{list-style:none;margin:0;padding:0}
.sidebar li{margin:2px 0;overflow-wrap:anywhere}
.count{color:var(--muted);font-size:12px}
main{flex:1;min-width:0;padding:12px 24px}
.file{background:#fff;border:1px solid #ddd;border-radius:6px;margin:0 0 20px;padding:8px 16px}
.file h2{font-size:16px;word-break:break-all}
.file h2 small{font-weight:normal;color:var(--muted)}
pre.text{white-space:pre-wrap;word-wrap:break-word;font:15px/1.6 Georgia,"Times New Roman",serif;margin:8px 0}
mark.finding{background:transparent;color:inherit;border-bottom:2px solid;cursor:help;padding:0 1px}
mark.sev-error{background:var(--error-bg);border-color:var(--error)}
mark.sev-warning{background:var(--warning-bg);border-color:var(--warning);border-bottom-style:dashed}
mark.sev-info{background:var(--info-bg);border-color:var(--info);border-bottom-style:dotted}
mark.finding:focus{outline:2px solid #222;outline-offset:1px}
mark.finding.is-hidden{background:transparent;border-bottom:none;cursor:auto}
.findings{font-size:14px;padding-left:20px}
.findings li.is-hidden{display:none}
.badge{display:inline-block;font-size:11px;padding:0 5px;border-radius:3px;color:#fff}
.badge.sev-error{background:var(--error)}.badge.sev-warning{background:var(--warning)}.badge.sev-info{background:var(--info)}
.suggestion{color:#2e7d32}
a.rule{color:var(--muted);font-size:12px}
#tip{position:absolute;z-index:10;max-width:420px;padding:6px 10px;background:#222;color:#fff;border-radius:4px;font-size:13px;white-space:pre-line;pointer-events:none}
.errors{background:#fff;border:1px solid var(--error);border-radius:6px;padding:8px 16px;margin-bottom:20px}
@media (max-width:800px){.layout{display:block}.sidebar{position:static;width:auto;max-height:none}}
@media print{.sidebar,.keys,#tip{display:none}body{background:#fff}main{padding:0}.file{border:none;page-break-inside:auto}mark.finding{background:none!important}mark.finding.is-hidden{border:none}a{color:inherit;text-decoration:none}}
`

// The page's own script: filters, keyboard navigation, tooltip. Reads data
// only from attributes; never turns file text into markup.
const SCRIPT = `
(function(){
  var marks = Array.prototype.slice.call(document.querySelectorAll('mark.finding'));
  var items = Array.prototype.slice.call(document.querySelectorAll('.findings li.item'));
  var first = {};
  marks.forEach(function(m){ m.getAttribute('data-findings').split(' ').forEach(function(id){ if(!(id in first)){ first[id]=m; m.id='finding-'+id; } }); });
  Object.keys(first).forEach(function(id){ first[id].tabIndex = 0; });
  function shown(){
    var rules = {}, sev = {};
    document.querySelectorAll('.filter-rule').forEach(function(c){ rules[c.value]=c.checked; });
    document.querySelectorAll('.filter-severity').forEach(function(c){ sev[c.value]=c.checked; });
    return function(rule, severity){ return rules[rule] !== false && sev[severity] !== false; };
  }
  function apply(){
    var ok = shown(), visible = {};
    items.forEach(function(li){
      var on = ok(li.getAttribute('data-rule'), li.getAttribute('data-severity'));
      li.classList.toggle('is-hidden', !on);
      if(on) visible[li.getAttribute('data-finding')] = true;
    });
    marks.forEach(function(m){
      var on = m.getAttribute('data-findings').split(' ').some(function(id){ return visible[id]; });
      m.classList.toggle('is-hidden', !on);
      if(m.id) m.tabIndex = on ? 0 : -1;
    });
  }
  document.querySelectorAll('.filter-rule, .filter-severity').forEach(function(c){ c.addEventListener('change', apply); });
  function focusables(){ return marks.filter(function(m){ return m.id && !m.classList.contains('is-hidden'); }); }
  function move(step){
    var list = focusables(); if(!list.length) return;
    var at = list.indexOf(document.activeElement);
    var next = at === -1 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length;
    list[next].focus(); list[next].scrollIntoView({block:'center'});
  }
  document.addEventListener('keydown', function(e){
    if(e.target && (e.target.tagName === 'INPUT' || e.altKey || e.ctrlKey || e.metaKey)) return;
    if(e.key === 'j' || e.key === 'n'){ e.preventDefault(); move(1); }
    else if(e.key === 'k' || e.key === 'p'){ e.preventDefault(); move(-1); }
    else if(e.key === 'Escape'){ hide(); }
  });
  var tip = document.getElementById('tip');
  function show(m){
    if(m.classList.contains('is-hidden')) return;
    tip.textContent = m.getAttribute('title') || '';
    var r = m.getBoundingClientRect();
    tip.style.left = (window.scrollX + r.left) + 'px';
    tip.style.top = (window.scrollY + r.bottom + 6) + 'px';
    tip.hidden = false;
  }
  function hide(){ tip.hidden = true; }
  marks.forEach(function(m){
    m.addEventListener('mouseenter', function(){ show(m); });
    m.addEventListener('mouseleave', hide);
    m.addEventListener('focus', function(){ show(m); });
    m.addEventListener('blur', hide);
  });
  items.forEach(function(li){
    li.querySelector('a.jump').addEventListener('click', function(e){
      var m = document.getElementById('finding-' + li.getAttribute('data-finding'));
      if(m){ e.preventDefault(); m.focus(); m.scrollIntoView({block:'center'}); }
    });
  });
})();
`
