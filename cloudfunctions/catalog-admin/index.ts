// CloudBase entry of the `catalog-admin` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { catalogAdminFunction } from '../core/catalog/admin/catalog-admin.function';

export const main = createCloudMain(catalogAdminFunction, cloud);
