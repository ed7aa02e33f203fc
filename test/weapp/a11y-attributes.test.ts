import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getComponentsAlias, internalComponents, mergeInternalComponents } from '@tarojs/shared';
import { A11Y_COMPONENTS } from '../../config/a11y-attributes';

/**
 * WeChat's screen reader reads aria-role and aria-label from the WXML. Taro writes an element's attributes into
 * setData under short aliases that its runtime computes from its component tables, and the template reads them by
 * the aliases computed at build time: config/a11y-attributes-plugin.js extends both, and this checks, on the real
 * weapp build (WEAPP_DIST, default dist/weapp), that they agree.
 */
const dist = resolve(__dirname, '../..', process.env.WEAPP_DIST ?? 'dist/weapp');

describe('aria attributes in the weapp build', () => {
  mergeInternalComponents(A11Y_COMPONENTS);
  const alias = getComponentsAlias(internalComponents) as Record<string, Record<string, string>>;
  const baseWxml = readFileSync(resolve(dist, 'base.wxml'), 'utf8');

  it.each(['view', 'text'])('the %s template reads aria-role and aria-label where the runtime writes them', (component) => {
    const own = alias[component]!;
    const template = new RegExp(`<template name="tmpl_0_${own._num}">\\s*<${component} [^>]*>`).exec(baseWxml)?.[0] ?? '';
    expect(template).toContain(`aria-role="{{i.${own.ariaRole}}}"`);
    expect(template).toContain(`aria-label="{{i.${own.ariaLabel}}}"`);
    expect(template).toContain(`aria-checked="{{i.${own.ariaChecked}}}"`);
  });

  it('ships the runtime half of the plugin with the app', () => {
    const bundles = ['app.js', 'common.js', 'vendors.js'].map((f) => readFileSync(resolve(dist, f), 'utf8')).join('\n');
    expect(bundles).toContain('aria-selected');
  });
});
