import { tempSqliteStore } from '../support/temp-sqlite';
import { describeHotContract } from './hot-contract';

describeHotContract('SqliteStore', () => tempSqliteStore('hot-contract'));
