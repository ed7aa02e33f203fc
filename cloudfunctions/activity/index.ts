// CloudBase entry of the `activity` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { activityFunction } from '../core/activity/activity.function';

export const main = createCloudMain(activityFunction, cloud);
