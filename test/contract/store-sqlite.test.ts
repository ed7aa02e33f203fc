import { tempSqliteStore } from '../support/temp-sqlite';
import { describeStoreContract } from './store-contract';

describeStoreContract('SqliteStore', () => tempSqliteStore('store-contract'));
