import { catalogFunction } from './catalog/catalog.function';
import type { FunctionDef } from './runtime/function-def';
import { userFunction } from './user/user.function';

/** Every deployed function by name: the local host serves these; each CloudBase entry exports one. */
export const FUNCTIONS: Record<string, FunctionDef> = {
  user: userFunction as unknown as FunctionDef,
  catalog: catalogFunction as unknown as FunctionDef,
};
