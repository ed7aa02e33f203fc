// CloudBase entry of the `grid` function: everything else lives in the core.
import cloud from 'wx-server-sdk';
import { createCloudMain } from '../core/cloudbase/cloud-main';
import { gridFunction } from '../core/grid/grid.function';

export const main = createCloudMain(gridFunction, cloud);
