import type { FunctionContract } from '../contract';
import { governanceListsContract } from './governance-lists';
import { governanceTopicsContract } from './governance-topics';
import { governanceVisitsContract } from './governance-visits';

/**
 * Community co-governance, one function: 三张清单 (needs, resources, projects), 大事共议 (topics, discussion, the two
 * kinds of vote) and 进百家门 (household visits). Each part's schemas live in its own file.
 */
export const governanceContract = { ...governanceListsContract, ...governanceTopicsContract, ...governanceVisitsContract } satisfies FunctionContract;
