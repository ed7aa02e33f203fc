// CloudBase entry of the `staff` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { staffFunction } from '../core/staff/staff.function';

export const main = createCloudMain(staffFunction, cloud);
