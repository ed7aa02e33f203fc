// CloudBase entry of the `legal-aid` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { legalAidFunction } from '../core/legal-aid/legal-aid.function';

export const main = createCloudMain(legalAidFunction, cloud);
