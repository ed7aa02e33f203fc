import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState } from 'react';
import type { CatalogIndexItem, CatalogItemSummary } from '../../types/catalog';
import { decodeKeys, type SearchEntry } from '../../types/catalog-search';
import type { CatalogDetail, CatalogView } from '../../types/functions/catalog';
import { asApiError, type ApiError } from '../api/api-error';
import { call } from '../api/client';
import { LOAD_FAILED } from './use-call';
import { cachedDetail, cachedFrequent, cachedList, cachedView, forgetDetail, saveDetail, saveFrequent, saveList, saveView, type CachedList } from '../lib/catalog-cache';

/** Why the data shown is the device's copy: no network, or the server could not answer. */
export type Stale = 'offline' | 'failed' | null;

export interface CatalogSnapshot {
  version: string;
  items: CatalogIndexItem[];
  /** Ready for the shared ranking (types/catalog-search.ts), so search works with no network. */
  entries: Array<SearchEntry<CatalogIndexItem>>;
}

interface CatalogStore {
  /** Residents' view, or staff's worker view with the 社区工作 items. */
  view: CatalogView;
  snapshot: CatalogSnapshot | null;
  stale: Stale;
  /** Only when there is nothing to show. */
  error: ApiError | null;
}

function snapshotOf(list: CachedList): CatalogSnapshot {
  return { ...list, entries: list.items.map((item, order) => ({ item, keys: decodeKeys(item.py), order })) };
}

/** A failure the device's copy can stand in for; anything else (e.g. NOT_FOUND) is the answer. */
const canFallBack = (failure: ApiError) => failure.offline || failure.code === 'INTERNAL';
const staleReason = (failure: ApiError): Stale => (failure.offline ? 'offline' : 'failed');

// One copy for every page that shows the catalog (首页 and 办事 stay mounted side by side).
let store: CatalogStore | null = null;
let inflight: Promise<void> | null = null;
const listeners = new Set<(s: CatalogStore) => void>();

function current(): CatalogStore {
  if (!store) {
    const list = cachedList();
    store = { view: cachedView(), snapshot: list ? snapshotOf(list) : null, stale: null, error: null };
  }
  return store;
}

function publish(next: CatalogStore): void {
  store = next;
  for (const listener of listeners) listener(next);
}

/**
 * Asks the server whether the device's copy is current; a `notModified` answer costs a few bytes. Calls made
 * while one is in flight share it; `again` asks once more after it (the caller knows something changed).
 */
function revalidate(again = false): Promise<void> {
  if (inflight && again) return inflight.then(() => revalidate());
  if (inflight) return inflight;
  const { snapshot } = current();
  let { view } = current();
  const ask = () => call('catalog', 'list', { ...(snapshot ? { knownVersion: snapshot.version } : {}), ...(view === 'worker' ? { view } : {}) });
  // A promise chain, not an async function: the mini-program build turns those into state machines (main package).
  inflight = ask()
    .catch((err: unknown) => {
      // Someone who is no longer staff falls back to residents' view rather than to an error.
      if (view !== 'worker' || asApiError(err, LOAD_FAILED).code !== 'FORBIDDEN') throw err;
      view = 'resident';
      saveView(view);
      return ask();
    })
    .then((res) => {
      if (res.notModified && snapshot) return publish({ view, snapshot, stale: null, error: null });
      const list = { version: res.version, items: res.items };
      saveList(list);
      publish({ view, snapshot: snapshotOf(list), stale: null, error: null });
    })
    .catch((err: unknown) => {
      const failure = asApiError(err, LOAD_FAILED);
      if (snapshot && canFallBack(failure)) publish({ view, snapshot, stale: staleReason(failure), error: null });
      else publish({ view, snapshot: null, stale: null, error: failure });
    })
    .finally(() => {
      inflight = null;
    });
  return inflight;
}

/** Switches between residents' view and staff's worker view; the list is fetched again for the new view. */
function switchView(view: CatalogView): void {
  if (current().view === view) return;
  saveView(view);
  publish({ ...current(), view });
  void revalidate(true);
}

/** The caller's catalog: the device's copy at once, revalidated whenever the page shows. */
export function useCatalog(): CatalogStore & { refresh: () => void; setView: (view: CatalogView) => void } {
  const [state, setState] = useState<CatalogStore>(current);
  useEffect(() => {
    listeners.add(setState);
    return () => void listeners.delete(setState);
  }, []);
  useDidShow(() => void revalidate());
  const refresh = useCallback(() => void revalidate(true), []);
  return { ...state, refresh, setView: switchView };
}

/** One item: the copy saved when it was last opened, then the server's. */
export function useItemDetail(code: string): { detail: CatalogDetail | null; stale: Stale; error: ApiError | null } {
  const [state, setState] = useState(() => ({ detail: cachedDetail(code), stale: null as Stale, error: null as ApiError | null }));
  useEffect(() => {
    let live = true;
    call('catalog', 'get', { code })
      .then((detail) => {
        saveDetail(detail);
        if (live) setState({ detail, stale: null, error: null });
      })
      .catch((err: unknown) => {
        const failure = asApiError(err, LOAD_FAILED);
        if (failure.code === 'NOT_FOUND') forgetDetail(code);
        if (!live) return;
        setState((s) => (s.detail && canFallBack(failure) ? { ...s, stale: staleReason(failure) } : { detail: null, stale: null, error: failure }));
      });
    return () => {
      live = false;
    };
  }, [code]);
  return state;
}

/** 常用事项 of the caller's community (asked again when it changes), with the last answer kept for offline. */
export function useFrequent(communityId: string | null): CatalogItemSummary[] {
  const [items, setItems] = useState<CatalogItemSummary[]>(() => cachedFrequent() ?? []);
  useEffect(() => {
    if (!communityId) return;
    let live = true;
    call('catalog', 'frequent', {})
      .then((res) => {
        saveFrequent(res.items);
        if (live) setItems(res.items);
      })
      .catch(() => undefined); // the saved list stays; 常用事项 is a shortcut, not worth an error
    return () => {
      live = false;
    };
  }, [communityId]);
  return items;
}
