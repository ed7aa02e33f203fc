import type { Page } from 'playwright-core';
import { startJourney } from '../scripts/harness/journey';
import { need } from '../scripts/harness/journey-driver';

/**
 * An estimate of the largest setData payload per page: the weapp runtime cannot run here (no DevTools), so each
 * page is rendered in the H5 build and its tree is serialised the way Taro's mini-program runtime ships a first
 * render (`{nn: tag, cl: class, v: text, cn: children}` per node, as JSON). Taro sends the whole tree on first
 * render and diffs afterwards, so the first render is the largest payload a page sends. WeChat's limit is 256 KB.
 */
const PAGES: Array<{ path: string; as: string; ready: string }> = [
  { path: 'pages/home/index', as: 'demo-resident', ready: '.home .home__field' },
  { path: 'pages/catalog/index', as: 'demo-resident', ready: '.catalog .item-row' },
  { path: 'pages/item/index?code=MS-01', as: 'demo-resident', ready: '.item .item__basis' },
  { path: 'pages/me/index', as: 'demo-admin', ready: '.me .entry-list__row' },
  { path: 'pages/inbox/index', as: 'demo-resident', ready: '.page' },
  { path: 'pkg-service/request/index?code=MS-01', as: 'demo-resident', ready: '.page' },
  { path: 'pkg-activity/list/index', as: 'demo-party-member', ready: '.page' },
  { path: 'pkg-admin/catalog/index', as: 'demo-admin', ready: '.page' },
  { path: 'pkg-admin/handbook/index', as: 'demo-admin', ready: '.handbook-page .handbook' },
  { path: 'pkg-branch/index/index', as: 'demo-secretary', ready: '.page' },
];

/** Runs in the page; a string so that the TypeScript runner's helpers do not leak into the browser. */
const TREE_BYTES = `((path) => {
  const shown = [...document.querySelectorAll('.taro_page.taro_page_show')].filter((el) => el.id.split('?')[0] === '/' + path).pop();
  const walk = (el) => {
    const node = { nn: el.tagName.toLowerCase().replace(/^taro-|-core$/g, '') };
    if (el.className && typeof el.className === 'string') node.cl = el.className;
    const text = [...el.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent).join('');
    if (text.trim()) node.v = text;
    const children = [...el.children].map(walk);
    if (children.length) node.cn = children;
    return node;
  };
  return shown ? new TextEncoder().encode(JSON.stringify({ root: walk(shown) })).length : -1;
})`;

/** Taro H5 gives each page element its route as id (`/pages/x/index?stamp=…`); hidden pages stay beside it. */
async function treeBytes(page: Page, path: string): Promise<number> {
  const bytes = (await page.evaluate(`${TREE_BYTES}(${JSON.stringify(path.split('?')[0])})`)) as number;
  if (bytes < 0) throw new Error(`page ${path} not found in the DOM`);
  return bytes;
}

export async function benchSetDataEstimate(): Promise<Record<string, number | string>> {
  const journey = await startJourney();
  const { driver } = journey;
  const figures: Record<string, number | string> = { limit: '256 KB' };
  try {
    let signedInAs = '';
    for (const target of PAGES) {
      if (signedInAs !== target.as) {
        await need(driver, 'signIn').asDemo(target.as);
        signedInAs = target.as;
      }
      const [path = '', search = ''] = target.path.split('?');
      await driver.open(path, Object.fromEntries(new URLSearchParams(search)));
      await driver.waitFor(target.ready);
      // The DOM itself is what is measured here, so this H5-only benchmark reads the Playwright page.
      await driver.page.waitForTimeout(800); // lists fill in after their first call
      figures[`${target.path} KB`] = Math.round((await treeBytes(driver.page, target.path)) / 102.4) / 10;
    }
    const sizes = Object.entries(figures).filter(([, v]) => typeof v === 'number') as Array<[string, number]>;
    const [largestPage, largestKb] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
    figures.largest = `${largestPage.replace(' KB', '')} ${largestKb} KB (${Math.round((largestKb / 256) * 1000) / 1000} of the limit)`;
    return figures;
  } finally {
    await journey.stop();
  }
}

if (require.main === module) void benchSetDataEstimate().then((r) => console.log(r));
