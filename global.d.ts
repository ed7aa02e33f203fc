/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** Replaced at build time by config/index.ts defineConstants. */
declare const CLOUD_ENV: string;
declare const API_BASE: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined;
  }
}
