/**
 * Styles of the printable handbook, scoped under `.handbook` so that the same HTML can sit inside the H5 app
 * (the admin's handbook page) without restyling it. Print: A4, each center starts a page, an item's heading and
 * facts stay together and flow on, table rows and list entries never split.
 */
export const HANDBOOK_CSS = `
@page { size: A4; margin: 16mm 15mm 18mm; }
.handbook { font-family: 'WenQuanYi Micro Hei', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  font-size: 10.5pt; line-height: 1.6; color: #1f1f1f; }
.handbook h1, .handbook h2, .handbook h3, .handbook h4 { break-after: avoid; page-break-after: avoid; margin: 0; }
.handbook a { color: inherit; text-decoration: none; }
.handbook .cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center; text-align: center;
  break-after: page; page-break-after: always; border: 3px double #b71c1c; padding: 24mm 12mm; box-sizing: border-box; }
.handbook .cover .org { font-size: 15pt; letter-spacing: 2px; color: #444; }
.handbook .cover h1 { font-size: 30pt; color: #b71c1c; letter-spacing: 6px; margin: 14mm 0 6mm; }
.handbook .cover .motto { font-size: 13pt; color: #333; }
.handbook .cover .stats { margin: 16mm auto 0; font-size: 11pt; color: #555; }
.handbook .cover .meta { margin-top: 24mm; font-size: 10pt; color: #595959; }
.handbook .guide { text-align: left; margin: 14mm auto 0; max-width: 150mm; font-size: 9.5pt; color: #555; border-top: 1px solid #ddd; padding-top: 4mm; }
.handbook .toc { break-after: page; page-break-after: always; }
.handbook .toc h2 { font-size: 18pt; color: #b71c1c; margin-bottom: 4mm; }
.handbook .toc h3 { font-size: 12pt; margin: 4mm 0 1mm; border-bottom: 1px solid #b71c1c; }
.handbook .toc h4 { font-size: 10.5pt; color: #8d1b1b; margin: 2mm 0 0.5mm; }
.handbook .toc ol { list-style: none; margin: 0; padding: 0; columns: 2; column-gap: 8mm; }
.handbook .toc li { font-size: 9.5pt; break-inside: avoid; display: flex; gap: 2mm; }
.handbook .toc .code { color: #595959; min-width: 13mm; font-variant-numeric: tabular-nums; }
.handbook .center { break-before: page; page-break-before: always; }
.handbook .center > h2 { font-size: 20pt; color: #fff; background: #b71c1c; padding: 3mm 5mm; }
.handbook .center > .where { color: #555; margin: 2mm 0 4mm; font-size: 9.5pt; }
.handbook .field > h3 { font-size: 14pt; color: #b71c1c; border-bottom: 2px solid #b71c1c; padding: 2mm 0 1mm; margin: 5mm 0 3mm; }
.handbook .item { border-top: 1.5px solid #b71c1c; padding: 2.5mm 0 4mm; margin-top: 2mm; }
.handbook .field > h3 + .item { border-top: none; margin-top: 0; padding-top: 0; }
.handbook .item .head { break-inside: avoid; page-break-inside: avoid; }
.handbook .item h4 { font-size: 12.5pt; }
.handbook .item h4 .code { color: #b71c1c; margin-right: 2mm; }
.handbook .item .tag { font-size: 8.5pt; border: 1px solid #1b5e20; color: #1b5e20; background: #fff; border-radius: 1mm; padding: 0 1.5mm; margin-left: 2mm; font-weight: normal; }
.handbook .item .tag.local { border-color: #8d1b1b; color: #8d1b1b; }
.handbook .item .tag.kind-apply { border-color: #b71c1c; color: #b71c1c; }
.handbook .item .tag.kind-info { border-color: #1565c0; color: #1565c0; }
.handbook .item .tag.kind-duty { border-color: #616161; color: #616161; }
.handbook .item .summary { color: #444; margin: 1mm 0 2mm; }
.handbook .item h5 { font-size: 10pt; color: #8d1b1b; margin: 2.5mm 0 1mm; break-after: avoid; page-break-after: avoid; }
.handbook .item li, .handbook .item .notes { break-inside: avoid; page-break-inside: avoid; }
.handbook table { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
.handbook th, .handbook td { border: 1px solid #e0e0e0; padding: 1mm 1.8mm; text-align: left; vertical-align: top; }
.handbook th { background: #faf3f3; font-weight: 600; white-space: nowrap; }
.handbook tr { break-inside: avoid; page-break-inside: avoid; }
.handbook .facts th { width: 17mm; }
.handbook .steps .n { width: 6mm; text-align: center; }
.handbook .steps .t { width: 30mm; }
.handbook .steps .a { width: 30mm; }
.handbook .steps .l { width: 17mm; white-space: nowrap; }
.handbook ul, .handbook ol.list { margin: 0; padding-left: 5mm; }
.handbook .materials { list-style: none; padding-left: 0; }
.handbook .materials li::before { content: '☐ '; color: #b71c1c; }
.handbook .optional, .handbook .muted { color: #595959; }
.handbook .basis li { margin-bottom: 0.8mm; }
.handbook .basis .doc { font-weight: 600; }
.handbook .basis .facts { color: #555; font-size: 9pt; }
.handbook .appendix { break-before: page; page-break-before: always; }
.handbook .appendix > h2 { font-size: 18pt; color: #b71c1c; margin-bottom: 2mm; }
.handbook .appendix .where { color: #555; margin: 0 0 3mm; font-size: 9.5pt; }
.handbook .docs { font-size: 8.5pt; }
.handbook .docs .n { width: 6mm; text-align: center; }
.handbook .docs .doc { font-weight: 600; width: 58mm; }
.handbook .docs .d { white-space: nowrap; }
.handbook .notes { background: #fff8e1; padding: 1.5mm 2.5mm; border-left: 2px solid #f9a825; }
.handbook .keywords { color: #595959; font-size: 8.5pt; margin-top: 2mm; }
@media screen {
  .handbook { max-width: 190mm; margin: 0 auto; padding: 6mm; background: #fff; }
  .handbook .cover { min-height: 0; }
}
`;
