const path = require('node:path');
const { A11Y_COMPONENTS } = require('./a11y-attributes');

/**
 * Taro plugin: keeps WeChat's accessibility attributes in the weapp build. WeChat's screen reader reads
 * `aria-role`, `aria-label` and the states `aria-checked`/`aria-selected` of a view or text (src/lib/a11y.ts sets
 * them), but Taro passes only the attributes its component tables know: the template is told here (about 6 KB of
 * base.wxml), the runtime by a11y-attributes-runtime.js. H5 needs nothing: the DOM keeps every attribute.
 */
module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (process.env.TARO_ENV !== 'weapp') return;
      platform.template.mergeComponents(ctx, A11Y_COMPONENTS);
      platform.runtimePath = [platform.runtimePath, path.resolve(__dirname, 'a11y-attributes-runtime.js')].flat();
    },
  });
};
