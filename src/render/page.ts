/**
 * The fixed parts of the page `render` writes: its style sheet and its script.
 * Both are constants (nothing from the article goes into them), inlined so the
 * page needs no network and no framework.
 *
 * @module
 * @internal
 */

/**
 * Colours per entity: hues spread by the golden angle, a light tint behind text
 * (dark text on it keeps a contrast ratio above 12:1) and a dark edge colour.
 */
export function entityStyle(index: number): string {
  const hue = Math.round((index * 137.508 + 210) % 360);
  return `--nf-tint:hsl(${hue} 85% 91%);--nf-edge:hsl(${hue} 70% 30%)`;
}

/** The style sheet. Text colours are chosen for WCAG AA contrast (≥ 4.5:1) on their backgrounds. */
export const CSS = `
:root{color-scheme:light;--nf-ink:#1b1b1b;--nf-grey:#5a5a5a;--nf-line:#c8c8c8}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--nf-ink);background:#fff}
a{color:#0b4fa8}
.nf-skip{position:absolute;left:-999px}.nf-skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:3}
.nf-layout{display:grid;grid-template-columns:minmax(0,1fr) 22rem;gap:1.5rem;max-width:80rem;margin:0 auto;padding:1rem 1.25rem}
@media (max-width:60rem){.nf-layout{grid-template-columns:1fr}}
header.nf-head{grid-column:1/-1;border-bottom:1px solid var(--nf-line);padding-bottom:.5rem}
header.nf-head h1{font-size:1.15rem;margin:0}
header.nf-head p{margin:.25rem 0 0;color:var(--nf-grey);font-size:.9rem}
.nf-text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"DejaVu Serif",serif;font-size:1.05rem;line-height:1.9;margin:0}
.nf-zone-headline{font-weight:700;font-size:1.2em}
.nf-zone-dateline{font-style:italic}
.nf-zone-boilerplate{color:var(--nf-grey);background:#f2f2f2;font-size:.92em}
mark.nf.nf-enone,.nf-enone{--nf-tint:#ececec;--nf-edge:#555}
mark.nf{color:inherit;background:none;border-radius:3px;padding:0 1px}
mark.nf:focus{outline:3px solid #0b4fa8;outline-offset:1px}
mark.nf.nf-active{box-shadow:0 0 0 2px #0b4fa8}
.nf-quote{background:var(--nf-tint,#ececec)!important;border-bottom:2px solid var(--nf-edge,#555)}
.nf-who{border-bottom:3px double var(--nf-edge,#555);font-weight:600}
.nf-casualty{font-weight:700;outline:2px solid #b3261e;outline-offset:-1px}
.nf-claim{border:2px dashed var(--nf-edge,#6b2fa0);border-radius:4px}
.nf-date{border-bottom:2px dotted #0b4fa8}
.nf-incident{text-decoration:underline wavy #8a4b08;text-underline-offset:4px}
.nf-badge{display:inline-block;font:600 .72rem/1.3 system-ui,"DejaVu Sans",sans-serif;font-style:normal;border-radius:3px;padding:0 .3em;margin:0 .2em;vertical-align:.15em;user-select:none;white-space:nowrap}
.nf-badge-who{background:var(--nf-tint,#ececec);color:#1b1b1b;border-left:4px solid var(--nf-edge,#555)}
.nf-badge-casualty{background:#fbe4e2;color:#7d1a13}
.nf-badge-claim{background:var(--nf-tint,#efe5f7);color:#1b1b1b;border:1px dashed var(--nf-edge,#6b2fa0)}
.nf-badge-date{background:#e1ecfb;color:#0a3a7a}
aside.nf-side{font-size:.92rem}
aside.nf-side section{border:1px solid var(--nf-line);border-radius:6px;padding:.6rem .8rem;margin-bottom:1rem}
aside.nf-side h2{font-size:1rem;margin:0 0 .4rem}
aside.nf-side ul,aside.nf-side ol{margin:0;padding-left:1.2rem}
.nf-legend{list-style:none;padding:0!important}
.nf-legend li{margin:.2rem 0}
.nf-swatch{display:inline-block;width:1.6em;height:1em;vertical-align:-.1em;margin-right:.4em;border-radius:3px}
.nf-sw-quote{background:#ececec;border-bottom:2px solid #555}
.nf-sw-who{border-bottom:3px double #555}
.nf-sw-casualty{outline:2px solid #b3261e;outline-offset:-2px}
.nf-sw-claim{border:2px dashed #6b2fa0}
.nf-sw-date{border-bottom:2px dotted #0b4fa8}
.nf-sw-incident{border-bottom:2px solid #8a4b08}
.nf-sw-boilerplate{background:#f2f2f2;border:1px solid var(--nf-line)}
.nf-entity{background:var(--nf-tint);border-left:4px solid var(--nf-edge);padding:0 .3em;border-radius:3px}
table.nf-toll{border-collapse:collapse;margin:.3rem 0;font-size:.88rem}
ul.nf-sources{font-size:.85rem;padding-left:1rem!important}
table.nf-toll th,table.nf-toll td{border:1px solid var(--nf-line);padding:.1rem .4rem;text-align:left}
dl.nf-fields{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:.3rem 0 0}
dl.nf-fields dt{color:var(--nf-grey);font-weight:600}
dl.nf-fields dd{margin:0;overflow-wrap:anywhere}
#nf-tip{position:absolute;z-index:2;max-width:26rem;background:#fff;border:1px solid #767676;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.18);padding:.5rem .7rem;font:14px/1.45 system-ui,"DejaVu Sans",sans-serif}
#nf-tip[hidden],#nf-details{display:none}
.nf-empty{color:var(--nf-grey)}
`;

/**
 * The script: hovering or focusing a mark shows its fields in a tooltip and in
 * the "Selected" panel, and outlines every fragment of the item; Escape hides
 * the tooltip; a link to an item (`page.html#nf-m-q2`, or an incident's figure
 * in the side panel) focuses it. It reads
 * only the page's own elements.
 */
export const SCRIPT = `
(function(){
  var tip=document.getElementById('nf-tip'),panel=document.getElementById('nf-selected'),current=null;
  function frags(k){return document.querySelectorAll('mark[data-nf="'+k+'"]');}
  function clear(){if(!current)return;frags(current).forEach(function(e){e.classList.remove('nf-active');});current=null;}
  function hide(){tip.hidden=true;clear();}
  function show(el){
    var k=el.getAttribute('data-nf'),d=document.getElementById('nf-d-'+k);
    if(!d)return;
    clear();current=k;frags(k).forEach(function(e){e.classList.add('nf-active');});
    tip.replaceChildren.apply(tip,Array.prototype.map.call(d.childNodes,function(n){return n.cloneNode(true);}));
    if(panel)panel.replaceChildren.apply(panel,Array.prototype.map.call(d.childNodes,function(n){return n.cloneNode(true);}));
    tip.hidden=false;
    var r=el.getBoundingClientRect(),w=tip.offsetWidth;
    var left=Math.max(8,Math.min(window.scrollX+r.left,window.scrollX+document.documentElement.clientWidth-w-8));
    tip.style.left=left+'px';tip.style.top=(window.scrollY+r.bottom+6)+'px';
  }
  function target(e){var t=e.target;return t&&t.closest?t.closest('mark[data-nf]'):null;}
  document.addEventListener('mouseover',function(e){var m=target(e);if(m)show(m);else if(!tip.contains(e.target))hide();});
  document.addEventListener('focusin',function(e){var m=target(e);if(m)show(m);});
  document.addEventListener('focusout',function(e){if(target(e))hide();});
  document.addEventListener('keydown',function(e){if(e.key==='Escape')hide();});
  function toHash(){var h=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if(h&&h.matches('mark[data-nf]'))h.focus();}
  toHash();window.addEventListener('hashchange',toHash);
})();
`;
