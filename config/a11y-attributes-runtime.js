// Runs in the mini-program before the app: the runtime's component tables learn WeChat's aria-* attributes, so that
// what src/lib/a11y.ts sets is written under the aliases the template (config/a11y-attributes-plugin.js) reads.
import { mergeInternalComponents } from '@tarojs/shared';
import { A11Y_COMPONENTS } from './a11y-attributes';

mergeInternalComponents(A11Y_COMPONENTS);
