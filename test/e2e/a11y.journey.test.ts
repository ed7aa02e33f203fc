import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import axe from 'axe-core';
import { measureScreen, type ScreenMetrics } from '../../scripts/harness/a11y-metrics';
import { $ } from '../../scripts/harness/journey-driver';
import { SCREENSHOT_DIR } from '../../scripts/harness/browser';
import { startJourney, type Journey } from '../../scripts/harness/journey';
import type { PlaywrightDriver } from '../../scripts/harness/playwright-driver';
import { useForAll } from '../support/lifecycle';
import { pageVisits, prepare, type PageVisit } from './a11y-pages';

/**
 * Every page of the H5 build, in standard mode and in 长辈版, measured against 《移动互联网应用（APP）适老化通用设计规范》 and WCAG:
 * axe-core's serious and critical violations, the computed size of all text, the size and the name of every
 * tappable element, the contrast of all text. The table goes to .tmp/a11y-report.md and to the console.
 */

type Mode = 'standard' | 'elder';
const MODES: Mode[] = ['standard', 'elder'];
const RULES: Record<Mode, { minTarget: number; minRatio: number }> = {
  standard: { minTarget: 44, minRatio: 4.5 },
  elder: { minTarget: 60, minRatio: 4.5 },
};
const REPORT = resolve(__dirname, '../../.tmp/a11y-report.md');

/** The pages src/app.config.ts registers for the H5 build (it is read as Taro's build reads it). */
function registeredPages(): string[] {
  process.env.TARO_ENV = 'h5';
  (globalThis as unknown as { defineAppConfig: (c: unknown) => unknown }).defineAppConfig = (c) => c;
  const config = (require('../../src/app.config') as { default: { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> } }).default;
  return [...config.pages, ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
}

interface Row {
  page: string;
  mode: Mode;
  serious: string[];
  metrics: ScreenMetrics;
}

const journey = useForAll<Journey<PlaywrightDriver>>('the journey', () => startJourney(), (j) => j.stop(), 60_000);
const rows: Row[] = [];

/**
 * axe-core's rules on the page, with the engine @axe-core/playwright ships. Its AxeBuilder injects axe's 550 KB
 * source on every analyze and finishes each run in a page of its own (2–5 s a page here); injected once into the
 * app, which never reloads between pages, a run takes a fraction of a second.
 */
async function runAxe(phone: PlaywrightDriver): Promise<axe.Result[]> {
  if (!(await phone.page.evaluate(() => 'axe' in window))) await phone.page.addScriptTag({ content: axe.source });
  return phone.page.evaluate(async () => (await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })).violations);
}

async function visit(phone: PlaywrightDriver, path: string, visit: PageVisit, mode: Mode): Promise<Row> {
  await phone.open(path, visit.query ?? {});
  await phone.waitFor(visit.ready, { timeoutMs: 15_000 });
  // Taro slides a page in; measure it where it stops.
  await phone.page.waitForTimeout(400);
  const violations = await runAxe(phone);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}(${v.nodes.length})`);
  const metrics = await phone.page.evaluate(measureScreen, RULES[mode]);
  const dir = join(SCREENSHOT_DIR, 'a11y', mode);
  mkdirSync(dir, { recursive: true });
  await phone.page.screenshot({ path: join(dir, `${path.replace(/\/index$/, '').replace(/\//g, '-')}.png`), fullPage: true });
  return { page: path, mode, serious, metrics };
}

function report(all: Row[]): string {
  const head = '| page | mode | axe serious/critical | text chars | under 16 px | under 18 px | smallest text | targets | smallest target | unnamed | min contrast |';
  const lines = all.map(({ page, mode, serious, metrics: m }) => {
    const pct = (n: number) => `${m.chars ? Math.round((n / m.chars) * 100) : 0}%`;
    return `| ${page} | ${mode} | ${serious.join(' ') || '0'} | ${m.chars} | ${pct(m.charsUnder16)} | ${pct(m.charsUnder18)} | ${m.minFontPx}px | ${m.targets} | ${m.minTarget.w}×${m.minTarget.h} | ${m.unnamed.length} | ${m.minContrast}:1 |`;
  });
  const details = all.flatMap(({ page, mode, metrics: m }) => [
    ...m.smallest.filter((t) => t.px < (mode === 'elder' ? 18 : 13)).map((t) => `- ${page} (${mode}) text at ${t.px}px ${t.where} “${t.text}”`),
    ...m.smallTargets.slice(0, 6).map((t) => `- ${page} (${mode}) small target ${t.w}×${t.h} ${t.where} “${t.name}”`),
    ...m.unnamed.slice(0, 6).map((t) => `- ${page} (${mode}) no role or name: ${t.where} “${t.name}”`),
    ...m.lowContrast.slice(0, 6).map((c) => `- ${page} (${mode}) contrast ${c.ratio}:1 ${c.fg} on ${c.bg} ${c.where} “${c.text}”`),
  ]);
  return [head, `|${' --- |'.repeat(11)}`, ...lines, '', ...details, ''].join('\n');
}

/** 长辈版 on, as a person turns it on: the switch on 我的. */
async function turnOnElderMode(phone: PlaywrightDriver): Promise<void> {
  await phone.open('pages/me/index');
  await phone.tap($('.me .elder-switch', { text: '已关闭' }));
  await phone.waitFor('.me.page--elder');
}

describe('accessibility of every page, in standard mode and in 长辈版', () => {
  const pages = registeredPages();

  it('has a visit for every registered page, and no visit for a page that is gone', async () => {
    const visits = pageVisits({ requestId: '', slotStart: 0 });
    expect(pages.filter((p) => !visits[p])).toEqual([]);
    expect(Object.keys(visits).filter((p) => !pages.includes(p))).toEqual([]);
  });

  it('measures every page signed in as the role it serves', async () => {
    const visits = pageVisits(await prepare(journey.host));
    const byRole = new Map<string, string[]>();
    for (const page of pages) byRole.set(visits[page]!.as, [...(byRole.get(visits[page]!.as) ?? []), page]);
    for (const [openid, rolePages] of byRole) {
      const phone = await journey.phone();
      try {
        await phone.can.signIn.asDemo(openid);
        for (const mode of MODES) {
          if (mode === 'elder') await turnOnElderMode(phone);
          for (const page of rolePages) rows.push(await visit(phone, page, visits[page]!, mode));
        }
      } finally {
        await phone.close();
      }
    }
    mkdirSync(resolve(REPORT, '..'), { recursive: true });
    const table = report(rows);
    writeFileSync(REPORT, `# Accessibility of every page (H5 build)\n\n${table}`);
    console.log(table);
    expect(rows).toHaveLength(pages.length * MODES.length);
    for (const { page, mode, serious, metrics: m } of rows) {
      const at = `${page} (${mode})`;
      expect({ at, serious }).toEqual({ at, serious: [] });
      expect({ at, small: m.smallTargets }).toEqual({ at, small: [] });
      expect({ at, unnamed: m.unnamed }).toEqual({ at, unnamed: [] });
      expect({ at, low: m.lowContrast }).toEqual({ at, low: [] });
      // 长辈版: no text under 18 px (the spec's 18 dp/pt); standard mode: nothing under the small print's 13 px.
      expect({ at, minFont: m.minFontPx >= (mode === 'elder' ? 18 : 13) }).toEqual({ at, minFont: true });
    }
  }, 600_000);
});
