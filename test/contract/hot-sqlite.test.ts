import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../cloudfunctions/core/store/sqlite/sqlite-store';
import { describeHotContract } from './hot-contract';

describeHotContract('SqliteStore', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'hot-contract-'));
  const store = new SqliteStore(join(dir, 'store.db'));
  return {
    store,
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});
