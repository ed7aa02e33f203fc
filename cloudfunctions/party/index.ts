// CloudBase entry of the `party` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { partyFunction } from '../core/party/party.function';

export const main = createCloudMain(partyFunction, cloud);
