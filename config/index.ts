import path from 'node:path';
import { readFileSync } from 'node:fs';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const root = path.resolve(__dirname, '..');
const typesDir = path.resolve(root, 'types');

/**
 * Template id per notification kind for Taro.requestSubscribeMessage, from the same configuration the notify
 * function sends with (NOTIFY_TEMPLATES, else config/notify-templates.json), so the two can never disagree.
 */
function notifyTemplateIds(): Record<string, string> {
  const raw = process.env.NOTIFY_TEMPLATES || readFileSync(path.resolve(__dirname, 'notify-templates.json'), 'utf8');
  const templates = (JSON.parse(raw) as { templates?: Record<string, { templateId: string }> }).templates ?? {};
  return Object.fromEntries(Object.entries(templates).map(([kind, t]) => [kind, t.templateId]));
}

/** Taro build for both runtimes; outputs stay apart in dist/weapp and dist/h5. */
export default defineConfig<'webpack5'>(async (merge) => {
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'community-service-hub',
    date: '2026-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // TARO_OUTPUT_ROOT lets parallel builds (or a benchmark) write elsewhere without clobbering dist/.
    outputRoot: process.env.TARO_OUTPUT_ROOT || `dist/${process.env.TARO_ENV}`,
    // WeChat's aria-* attributes kept in the weapp template (see the plugin).
    plugins: [path.resolve(__dirname, 'a11y-attributes-plugin.js')],
    defineConstants: {
      // The CloudBase environment id for weapp builds; empty means the default environment.
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? ''),
      // Base URL of the local host for H5 builds; empty means same origin (the host serves the build).
      API_BASE: JSON.stringify(process.env.API_BASE ?? ''),
      // How the app reaches the functions: CloudBase in WeChat; the local host over HTTP in H5, and in the weapp build
      // the DevTools journeys run against the test host (HUB_TRANSPORT=http, scripts/test-devtools.ts).
      HUB_TRANSPORT: JSON.stringify(process.env.HUB_TRANSPORT === 'http' || process.env.TARO_ENV === 'h5' ? 'http' : 'cloud'),
      NOTIFY_TEMPLATE_IDS: JSON.stringify(notifyTemplateIds()),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    logger: { quiet: true, stats: false },
    mini: {
      compile: { include: [typesDir] },
      postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      compile: { include: [typesDir] },
      // Size is budgeted by bench/ and test/budget/, not by webpack's generic 244 KB hint.
      webpackChain(chain) {
        chain.performance.hints(false);
      },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[contenthash:8].js' },
      miniCssExtractPluginOption: { ignoreOrder: true, filename: 'css/[name].[contenthash:8].css', chunkFilename: 'css/[name].[contenthash:8].css' },
      postcss: { autoprefixer: { enable: true }, cssModules: { enable: false } },
    },
  };
  return merge({}, base, { mini: {}, h5: {} });
});
