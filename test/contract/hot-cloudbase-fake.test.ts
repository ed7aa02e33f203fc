import { CloudBaseStore } from '../../cloudfunctions/core/store/cloudbase/cloudbase-store';
import { FakeCloudBaseDb } from '../../scripts/harness/fake-cloudbase-db';
import { describeHotContract } from './hot-contract';

describeHotContract('CloudBaseStore over the fake wx-server-sdk database', async () => ({ store: new CloudBaseStore(new FakeCloudBaseDb()), cleanup: async () => {} }));
