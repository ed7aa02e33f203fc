// CloudBase entry of the `user` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { userFunction } from '../core/user/user.function';

export const main = createCloudMain(userFunction, cloud);
