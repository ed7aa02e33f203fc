import { setup } from './index-coverage';

export default setup;
