// `npm run handbook [-- --community cm-xiyuan]`: writes the printable handbook as HTML and, through headless
// Chromium's print-to-PDF, as PDF into dist/handbook/. Without --community it prints the city's content; with it,
// that community's adjusted copy as stored in DATA_DIR (default ./data, the local host's database).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CATALOG_ITEMS } from '../cloudfunctions/core/catalog/content/index';
import { appendixDocs, reviewSpan } from '../cloudfunctions/core/catalog/handbook/appendix';
import { communityHandbook, type Handbook } from '../cloudfunctions/core/catalog/handbook/handbook.service';
import { renderHandbook } from '../cloudfunctions/core/catalog/handbook/render';
import { contentVersion } from '../cloudfunctions/core/seed/apply-seed';
import { SqliteStore } from '../cloudfunctions/core/store/sqlite/sqlite-store';

const root = resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function cityHandbook(now: number): Handbook {
  const entries = CATALOG_ITEMS.map((item) => ({ item, place: null, local: false }));
  const version = contentVersion();
  const appendix = appendixDocs(entries);
  return { ...renderHandbook({ communityLabel: null, entries, centers: [], generatedAt: now, appendix, reviewed: reviewSpan(entries) }), version, itemCount: entries.length };
}

async function storedHandbook(communityId: string, now: number): Promise<Handbook> {
  const file = join(resolve(process.env.DATA_DIR ?? './data'), 'hub.sqlite');
  if (!existsSync(file)) throw new Error(`no database at ${file}: run \`npm start\` once (or set DATA_DIR) to print a community's copy`);
  const store = new SqliteStore(file);
  try {
    return await communityHandbook(store, communityId, now);
  } finally {
    await store.close();
  }
}

/** Prints the HTML to A4 PDF, with the title and page numbers in the footer. */
async function printPdf(html: string, title: string, path: string): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium fonts-wqy-microhei`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.pdf({
      path,
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;font-size:8px;color:#888;text-align:center;font-family:'WenQuanYi Micro Hei',sans-serif">${title} · 第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`,
      margin: { top: '16mm', bottom: '18mm', left: '15mm', right: '15mm' },
    });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { community: { type: 'string' }, out: { type: 'string', default: 'dist/handbook' } } });
  const now = Date.now();
  const handbook = values.community ? await storedHandbook(values.community, now) : cityHandbook(now);
  const outDir = resolve(root, values.out);
  mkdirSync(outDir, { recursive: true });
  const base = values.community ? `handbook-${values.community}` : 'handbook';
  const htmlPath = join(outDir, `${base}.html`);
  const pdfPath = join(outDir, `${base}.pdf`);
  writeFileSync(htmlPath, handbook.html);
  await printPdf(handbook.html, handbook.title, pdfPath);
  console.log(`${handbook.title}: ${handbook.itemCount} 项（版本 ${handbook.version}）`);
  console.log(`  ${htmlPath}\n  ${pdfPath}`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
