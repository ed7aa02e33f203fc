// CloudBase entry of the `activity` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { activityFunction } from '../core/activity/activity.function';
import { createCloudMain, type CloudSdk } from '../core/runtime/cloud-main';
import type { FunctionDef } from '../core/runtime/function-def';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
export const main = createCloudMain(activityFunction as unknown as FunctionDef, cloud as unknown as CloudSdk);
