import { teardown } from './index-coverage';

export default teardown;
