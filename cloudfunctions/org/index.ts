// CloudBase entry of the `org` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { orgFunction } from '../core/org-admin/org.function';

export const main = createCloudMain(orgFunction, cloud);
