import type { CatalogItem, FormField } from '../../../../types/catalog';
import { citationFacts, formatPartialDate, hoursText, limitLines, stepLimitText } from '../../../../types/catalog-display';
import { CENTERS, FIELDS, ITEM_KINDS, centerName, kindName } from '../../../../types/catalog-names';
import type { CenterPlace } from '../../../../types/org';
import { formatDate } from '../../../../types/time';
import type { AppendixDoc } from './appendix';
import { HANDBOOK_CSS } from './handbook-css';

/**
 * The printable handbook: cover, table of contents, every item grouped by center and field with its full content,
 * so that "a worker with the handbook in hand knows how to do it", then the 政策依据 appendix. One HTML document,
 * used by `npm run handbook` (and its PDF) and by the admin's handbook page.
 */
export interface HandbookEntry {
  item: CatalogItem;
  /** The hosting center's place in the community, with the item's own address and phone; null for the city edition. */
  place: CenterPlace | null;
  local: boolean;
}

export interface HandbookInput {
  /** e.g. 锦华街道 西园社区; null for the city's edition. */
  communityLabel: string | null;
  entries: readonly HandbookEntry[];
  /** The community's centers, for each center's heading. */
  centers: readonly CenterPlace[];
  generatedAt: number;
  /** The 政策依据 appendix: every document the entries cite (handbook/appendix.ts). */
  appendix: readonly AppendixDoc[];
  /** When the entries' content was reviewed, e.g. 2026年12月2日. */
  reviewed: string;
  /**
   * The table of contents, whose links jump within the printed document. Left out of one field read in the app:
   * a page of its own already, where a link to `#item-…` would be taken for a page of the app.
   */
  contents?: boolean;
}

export const HANDBOOK_TITLE = '社区服务事项手册';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const esc = (text: string | number) => String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
const anchor = (code: string) => `item-${code}`;

interface Group {
  center: (typeof CENTERS)[number];
  fields: Array<{ field: (typeof FIELDS)[number]; entries: HandbookEntry[] }>;
}

function groups(entries: readonly HandbookEntry[]): Group[] {
  return CENTERS.map((center) => ({
    center,
    fields: FIELDS.map((field) => ({ field, entries: entries.filter((e) => e.item.center === center.id && e.item.field === field.id) })).filter((f) => f.entries.length > 0),
  })).filter((g) => g.fields.length > 0);
}

function cover(input: HandbookInput): string {
  const online = input.entries.filter((e) => e.item.online).length;
  const fields = new Set(input.entries.map((e) => e.item.field)).size;
  const kinds = ITEM_KINDS.map((k) => `${k.name} ${input.entries.filter((e) => e.item.kind === k.id).length} 项`).join(' · ');
  return `<section class="cover">
  <div class="org">${esc(input.communityLabel ?? '城市社区通用版')}</div>
  <h1>${HANDBOOK_TITLE}</h1>
  <div class="motto">党建引领 · 一站服务 · 按图索骥</div>
  <div class="stats">共 ${input.entries.length} 项服务事项 · ${groups(input.entries).length} 个服务阵地 · ${fields} 个服务领域 · 其中 ${online} 项可网上申请<br>${esc(kinds)}</div>
  <div class="guide">使用说明：事项按服务阵地和服务领域编排。每项列明事项类别（居民可办、居民可查、社区工作）、服务对象、办理条件、所需材料、办理流程、办理时限、办理地点和政策依据。办理时限只写政策文件规定的时限并引用原文，其余以当地规定为准，社区另有承诺的注明“本社区承诺”；开放时间以社区服务阵地公布的为准。书末附政策依据文件目录。</div>
  <div class="meta">编印日期：${esc(formatDate(input.generatedAt))} · 内容复核：${esc(input.reviewed)}</div>
</section>`;
}

function toc(input: HandbookInput): string {
  const parts = groups(input.entries).map(
    (g) => `<h3>${esc(g.center.name)}</h3>${g.fields
      .map(
        (f) => `<h4>${esc(f.field.name)}（${f.entries.length}项）</h4><ol>${f.entries
          .map((e) => `<li><span class="code">${esc(e.item.code)}</span><a href="#${anchor(e.item.code)}">${esc(e.item.title)}</a></li>`)
          .join('')}</ol>`,
      )
      .join('')}`,
  );
  return `<nav class="toc"><h2>目录</h2>${parts.join('')}<h3><a href="#appendix">附录 政策依据</a></h3></nav>`;
}

function placeText(e: HandbookEntry): string {
  const where = `${centerName(e.item.center)} ${e.item.place.window}`;
  return e.place ? `${where}（${e.place.address}）` : `${where}（所在社区）`;
}

function formFieldText(f: FormField): string {
  const extra = f.options ? `：${f.options.join(' / ')}` : '';
  return `${f.label}${f.required ? '' : '（选填）'}${extra}`;
}

function itemHtml(e: HandbookEntry): string {
  const { item } = e;
  const contact = e.place ? `${esc(item.contactRole)} · ${esc(e.place.phone)}` : esc(item.contactRole);
  const wide = (label: string, value: string) => `<tr><th>${label}</th><td colspan="3">${value}</td></tr>`;
  const pair = (a: string, av: string, b: string, bv: string) => `<tr><th>${a}</th><td>${av}</td><th>${b}</th><td>${bv}</td></tr>`;
  const stepLimits = item.steps.map(stepLimitText);
  const withLimits = stepLimits.some(Boolean);
  return `<article class="item" id="${anchor(item.code)}">
<div class="head"><h4><span class="code">${esc(item.code)}</span>${esc(item.title)}<span class="tag kind-${item.kind}">${esc(kindName(item.kind))}</span>${item.online ? '<span class="tag">可网上申请</span>' : ''}${e.local ? '<span class="tag local">本社区事项</span>' : ''}</h4>
<div class="summary">${esc(item.summary)}</div>
<table class="facts">${[
    wide('服务对象', esc(item.audience)),
    wide('办理时限', limitLines(item).map(esc).join('<br>')),
    pair('收费标准', esc(item.fee), '内容复核', esc(formatPartialDate(item.reviewedAt))),
    wide('办理地点', esc(placeText(e))),
    pair('办理时间', esc(hoursText(item, e.place?.hours)), '联系人', contact),
  ].join('')}</table></div>
<h5>办理条件</h5><ol class="list">${item.conditions.map((c) => `<li>${esc(c)}</li>`).join('')}</ol>
<h5>所需材料</h5>${
    item.materials.length === 0
      ? '<div class="muted">无需提交材料</div>'
      : `<ul class="materials">${item.materials
          .map((m) => `<li>${esc(m.name)}${m.required ? '' : '<span class="optional">（如有）</span>'}${m.note ? `<span class="muted"> ${esc(m.note)}</span>` : ''}</li>`)
          .join('')}</ul>`
  }
<h5>办理流程</h5><table class="steps"><tr><th class="n">序</th><th class="t">环节</th><th class="a">办理人</th>${withLimits ? '<th class="l">时限</th>' : ''}<th>说明</th></tr>${item.steps
    .map((s, i) => `<tr><td class="n">${i + 1}</td><td>${esc(s.title)}</td><td>${esc(s.actor)}</td>${withLimits ? `<td class="l">${esc(stepLimits[i] ?? '')}</td>` : ''}<td>${esc(s.detail ?? '')}</td></tr>`)
    .join('')}</table>
${item.online ? `<h5>网上申请填写</h5><div>${item.form.map((f) => esc(formFieldText(f))).join('；')}</div>` : ''}
<h5>政策依据</h5><ul class="basis">${item.policyBasis
    .map((b) => {
      const facts = citationFacts(b);
      return `<li><span class="doc">${esc(b.title)}</span>${facts ? `<span class="facts">（${esc(facts)}）</span>` : ''}${b.articles ? ` ${esc(b.articles)}` : ''}${b.note ? `<span class="muted">：${esc(b.note)}</span>` : ''}</li>`;
    })
    .join('')}</ul>
${item.notes ? `<h5>温馨提示</h5><div class="notes">${esc(item.notes)}</div>` : ''}
<div class="keywords">检索词：${item.keywords.map(esc).join('、')}</div>
</article>`;
}

/** The 政策依据 appendix: every cited document with its issuer, number and dates, and when the content was reviewed. */
function appendixHtml(input: HandbookInput): string {
  const rows = input.appendix
    .map((d, i) => `<tr><td class="n">${i + 1}</td><td class="doc">${esc(d.title)}</td><td>${esc(d.issuer || '—')}</td><td>${esc(d.number || '—')}</td><td class="d">${esc(d.date || '—')}</td><td class="muted">${esc(d.note)}</td></tr>`)
    .join('');
  return `<section class="appendix" id="appendix"><h2>附录 政策依据</h2>
<div class="where">本册所列 ${input.appendix.length} 份文件均为事项内容复核时（${esc(input.reviewed)}）的现行文本；文件修订或废止后，相关事项将重新复核。</div>
<table class="docs"><tr><th class="n">序</th><th>文件名称</th><th>发布机关</th><th>文号</th><th>施行或发布</th><th>说明</th></tr>${rows}</table>
<div class="where">“—”表示编写时未核实的信息，以文件原文为准。</div></section>`;
}

function body(input: HandbookInput): string {
  return groups(input.entries)
    .map((g) => {
      const place = input.centers.find((c) => c.center === g.center.id);
      const where = place ? `<div class="where">地址：${esc(place.address)} · 开放时间：${esc(place.hours)} · 电话：${esc(place.phone)}</div>` : '';
      return `<section class="center"><h2>${esc(g.center.name)}</h2>${where}${g.fields
        .map((f) => `<section class="field"><h3>${esc(f.field.name)}</h3>${f.entries.map(itemHtml).join('\n')}</section>`)
        .join('')}</section>`;
    })
    .join('\n');
}

/** The whole document: printable as is (print CSS inside), or placed inside a page (styles scoped to .handbook). */
export function renderHandbook(input: HandbookInput): { title: string; html: string } {
  const title = input.communityLabel ? `${input.communityLabel} ${HANDBOOK_TITLE}` : HANDBOOK_TITLE;
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>${HANDBOOK_CSS}</style></head>
<body><div class="handbook">
${cover(input)}
${input.contents === false ? '' : toc(input)}
${body(input)}
${appendixHtml(input)}
</div></body></html>`;
  return { title, html };
}
