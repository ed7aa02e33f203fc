/** See a11y-attributes.js (plain JavaScript: Taro loads plugins and their runtime files as they are). */
export declare const A11Y_COMPONENTS: Record<'View' | 'Text', Record<string, string>>;
