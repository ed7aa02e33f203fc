// CloudBase entry of the `user` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain, type CloudSdk } from '../core/runtime/cloud-main';
import { userFunction } from '../core/user/user.function';
import type { FunctionDef } from '../core/runtime/function-def';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
export const main = createCloudMain(userFunction as unknown as FunctionDef, cloud as unknown as CloudSdk);
