import { useEffect, useState } from 'react';
import type { Me } from '../../../types/functions/user';
import { asApiError } from '../../api/api-error';
import { call } from '../../api/client';
import type { Stale } from '../../hooks/use-catalog';
import { cachedMe, saveMe } from '../../lib/me-cache';

/**
 * Who the resident is on the home page. The saved identity opens the page at once (and offline); a scanned QR
 * code (`scene`) waits for the new binding; after it, or a community chosen by hand, `onRebound` lets the page
 * reload what depends on the community.
 */
export function useHomeIdentity(sceneParam: string | undefined, onRebound: () => void) {
  const [me, setMe] = useState<Me | null>(() => (sceneParam ? null : cachedMe()));
  const [stale, setStale] = useState<Stale>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const scene = sceneParam ? decodeURIComponent(sceneParam) : null;
    const load = scene ? call('user', 'enter', { scene }) : call('user', 'me', {});
    load
      .then((fresh) => {
        saveMe(fresh);
        setMe(fresh);
        setStale(null);
        // A scanned code may have moved the resident to another community: its catalog, not the saved one.
        if (scene) onRebound();
      })
      .catch((err: unknown) => {
        const failure = asApiError(err, '加载失败');
        const saved = scene ? null : cachedMe();
        if (saved && failure.offline) setStale('offline');
        else setError(failure.message);
      });
  }, [sceneParam]);

  /** The resident as they now are (a name just given), in the same community. */
  const replace = (next: Me) => {
    saveMe(next);
    setMe(next);
  };
  /** A community chosen on this page (no QR code): taken like a scanned one. */
  const choose = (chosen: Me) => {
    replace(chosen);
    onRebound();
  };
  return { me, stale, error, choose, replace };
}
