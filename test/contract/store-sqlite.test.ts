import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { describeStoreContract } from './store-contract';

describeStoreContract('SqliteStore', async () => {
  // A directory of its own, so that the -wal and -shm files go with it.
  const dir = mkdtempSync(join(tmpdir(), 'store-contract-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
