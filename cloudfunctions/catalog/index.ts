// CloudBase entry of the `catalog` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { catalogFunction } from '../core/catalog/catalog.function';

export const main = createCloudMain(catalogFunction, cloud);
