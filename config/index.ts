import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';

const root = path.resolve(__dirname, '..');
const typesDir = path.resolve(root, 'types');

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
    plugins: [],
    defineConstants: {
      // The CloudBase environment id for weapp builds; empty means the default environment.
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? ''),
      // Base URL of the local host for H5 builds; empty means same origin (the host serves the build).
      API_BASE: JSON.stringify(process.env.API_BASE ?? ''),
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
