import type { FieldId } from '../../types/catalog-names';

/**
 * Tab pages cannot receive query parameters (switchTab drops them), so the home page leaves the field or
 * query it wants the 办事 tab to open with here; the tab takes it once when shown.
 */
let pending: { field?: FieldId; q?: string; focus?: boolean } | null = null;

export function openCatalogWith(intent: NonNullable<typeof pending>): void {
  pending = intent;
}

export function takeCatalogIntent(): typeof pending {
  const intent = pending;
  pending = null;
  return intent;
}
