// CloudBase entry of the `catalog-admin` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { catalogAdminFunction } from '../core/catalog/admin/catalog-admin.function';
import { createCloudMain, type CloudSdk } from '../core/runtime/cloud-main';
import type { FunctionDef } from '../core/runtime/function-def';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
export const main = createCloudMain(catalogAdminFunction as unknown as FunctionDef, cloud as unknown as CloudSdk);
