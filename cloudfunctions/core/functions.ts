import { activityFunction } from './activity/activity.function';
import { catalogAdminFunction } from './catalog/admin/catalog-admin.function';
import { catalogFunction } from './catalog/catalog.function';
import { gridFunction } from './grid/grid.function';
import { notifyFunction } from './notify/notify.function';
import { partyFunction } from './party/party.function';
import type { FunctionDef } from './runtime/function-def';
import { userFunction } from './user/user.function';

/** Every deployed function by name: the local host serves these; each CloudBase entry exports one. */
export const FUNCTIONS: Record<string, FunctionDef> = {
  user: userFunction as unknown as FunctionDef,
  catalog: catalogFunction as unknown as FunctionDef,
  'catalog-admin': catalogAdminFunction as unknown as FunctionDef,
  grid: gridFunction as unknown as FunctionDef,
  notify: notifyFunction as unknown as FunctionDef,
  party: partyFunction as unknown as FunctionDef,
  activity: activityFunction as unknown as FunctionDef,
};
