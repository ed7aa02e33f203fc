import { CloudBaseStore, type CloudBaseDb } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { CONTRACT_COLLECTIONS, describeStoreContract } from './store-contract';

const { TCB_ENV, TENCENTCLOUD_SECRETID, TENCENTCLOUD_SECRETKEY } = process.env;
const configured = Boolean(TCB_ENV && TENCENTCLOUD_SECRETID && TENCENTCLOUD_SECRETKEY);

if (configured) {
  // Every call is a round trip to Tencent's servers.
  jest.setTimeout(180_000);
}
// One prefix per run keeps concurrent runs and earlier leftovers apart. wx-server-sdk cannot drop collections:
// the run empties its collections afterwards, and leaves them (empty) behind.
const prefix = `ct${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}_`;
let db: CloudBaseDb | undefined;
const database = (): CloudBaseDb => {
  if (!db) {
    // Loaded only here, so that the suite runs without it elsewhere; it reads the keys from the environment.
    const cloud = require('wx-server-sdk') as typeof import('wx-server-sdk');
    cloud.init({ env: TCB_ENV });
    db = cloud.database();
  }
  return db;
};

describeStoreContract(
  configured ? `CloudBaseStore on environment ${TCB_ENV} (collections ${prefix}*)` : 'CloudBaseStore on a real CloudBase environment',
  async () => {
    const store = new CloudBaseStore(database(), { collectionPrefix: prefix });
    return {
      store,
      cleanup: async () => {
        for (const c of CONTRACT_COLLECTIONS) await store.removeWhere(c, { _id: { $exists: true } });
      },
    };
  },
  configured ? {} : { skip: 'no CloudBase credentials: set TCB_ENV, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY to run it' },
);
