/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** Replaced at build time by config/index.ts defineConstants. */
declare const CLOUD_ENV: string;
declare const API_BASE: string;
/** 'cloud' (CloudBase callFunction) or 'http' (the local host): see config/index.ts. */
declare const HUB_TRANSPORT: 'cloud' | 'http';
/** Subscribe-message template id per notification kind, from config/notify-templates.json (or NOTIFY_TEMPLATES). */
declare const NOTIFY_TEMPLATE_IDS: Record<string, string>;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}
