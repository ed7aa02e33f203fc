import type { CatalogItem } from '../../../../types/catalog';
import { items as dq } from './dq';
import { items as zz } from './zz';
import { items as xj } from './xj';
import { items as ms } from './ms';
import { items as wj } from './wj';
import { items as ty } from './ty';
import { items as yl } from './yl';
import { items as cy } from './cy';
import { items as cg } from './cg';
import { resolveItem, type ItemSource } from './item-source';

/** The content as written, citations by document id (the content test reads these). */
export const ITEM_SOURCES: readonly ItemSource[] = [...dq, ...zz, ...xj, ...ms, ...wj, ...ty, ...yl, ...cy, ...cg];

/** The city's 87 community service items, in field order DQ, ZZ, XJ, MS, WJ, TY, YL, CY, CG. */
export const CATALOG_ITEMS: CatalogItem[] = ITEM_SOURCES.map(resolveItem);
