// CloudBase entry of the `governance` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { governanceFunction } from '../core/governance/governance.function';

export const main = createCloudMain(governanceFunction, cloud);
