/**
 * WeChat's accessibility attributes on view and text (src/lib/a11y.ts sets them), as Taro's component tables
 * declare attributes: name → default ('' for none). Used by the build plugin (the template) and its runtime (the
 * attribute aliases the runtime writes into setData), which must agree.
 */
const ATTRIBUTES = { 'aria-role': '', 'aria-label': '', 'aria-checked': '', 'aria-selected': '' };

module.exports = { A11Y_COMPONENTS: { View: ATTRIBUTES, Text: ATTRIBUTES } };
