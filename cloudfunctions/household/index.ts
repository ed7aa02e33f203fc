// CloudBase entry of the `household` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { householdFunction } from '../core/household/household.function';

export const main = createCloudMain(householdFunction, cloud);
