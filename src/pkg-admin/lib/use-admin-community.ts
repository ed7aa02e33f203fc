import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { useCall } from '../../hooks/use-call';

/** The communities the admin manages and the one being worked on (the page's `community` parameter, else the first). */
export function useAdminCommunity(requested: string | undefined) {
  const scopes = useCall(() => call('catalog-admin', 'scopes', {}), 'scopes');
  const communities = scopes.data?.communities ?? [];
  const [chosen, setChosen] = useState<string | undefined>(requested);
  useEffect(() => {
    if (!chosen && communities[0]) setChosen(communities[0].id);
  }, [chosen, communities]);
  return { communities, communityId: chosen, choose: setChosen, error: scopes.error };
}
