import type { NeedCategory, NeedStatus, ProviderKind, ResourceStatus, ResourceType } from '../../../../types/governance';
import type { Decider } from '../../household/household.repository';
import type { Photo } from '../../grid/timeline';
import type { Store } from '../../store/port';

/**
 * 三张清单. A need is written by its author (or by a visitor on a visit) and afterwards only by officers (linking it to
 * a project, moderating it), except for 我也需要, which many people tap at once: that is ONE conditional update of the
 * need recording who said it (`meTooBy`) and raising `weight` in the same write, so a person counts once however many
 * taps or phones race (the hot-path pattern with nothing else to write).
 */
export const NEEDS = 'gov_needs';
export const RESOURCES = 'gov_resources';
export const PROJECTS = 'gov_projects';

export interface NeedDoc {
  _id: string;
  communityId: string;
  /** The building's path (else the community's): whose grid it is in. */
  unitPath: string[];
  gridId: string | null;
  category: NeedCategory;
  description: string;
  people: number;
  /** 1 + one for each person in meTooBy. */
  weight: number;
  meTooBy: string[];
  status: NeedStatus;
  source: 'resident' | 'visit';
  visitId: string | null;
  author: string;
  createdAt: number;
  projectId: string | null;
  resolvedAt: number | null;
  /** Held by content security until an officer publishes it. */
  held: boolean;
  /** Hidden by an officer, with the reason (audited). */
  hidden: { reason: string; at: number } | null;
}

export interface ResourceDoc {
  _id: string;
  communityId: string;
  unitPath: string[];
  gridId: string | null;
  type: ResourceType;
  title: string;
  description: string;
  providerKind: ProviderKind;
  providerName: string;
  availability: string;
  contactName: string;
  contactPhone: string;
  offeredBy: string;
  status: ResourceStatus;
  reason: string | null;
  verifiedBy: Decider | null;
  verifiedAt: number | null;
  createdAt: number;
  rev: number;
}

export interface MilestoneDoc {
  id: string;
  title: string;
  due: string;
  doneAt: number | null;
}

export interface ProjectUpdateDoc {
  id: string;
  at: number;
  text: string;
  /** Who wrote it, as a role and unit (e.g. 支部书记（西园社区）). */
  by: string;
  milestoneId: string | null;
  /** Checked like a request's (the uploader's own, an image, through the media check); absent on older updates. */
  photos?: Photo[];
}

export interface ProjectDoc {
  _id: string;
  communityId: string;
  title: string;
  summary: string;
  responsibleUnit: string;
  needIds: string[];
  resourceIds: string[];
  topicId: string | null;
  milestones: MilestoneDoc[];
  updates: ProjectUpdateDoc[];
  status: 'active' | 'done';
  result: string | null;
  createdBy: string;
  createdAt: number;
  updatedAt: number;
}

const PAGE = 300;

export function needsOf(store: Store, communityId: string, status?: NeedStatus): Promise<NeedDoc[]> {
  return store.find(NEEDS, status ? { communityId, status } : { communityId }, { orderBy: [['weight', 'desc'], ['createdAt', 'desc']], limit: PAGE });
}

export function resourcesOf(store: Store, communityId: string): Promise<ResourceDoc[]> {
  return store.find(RESOURCES, { communityId }, { orderBy: [['createdAt', 'desc']], limit: PAGE });
}

export function projectsOf(store: Store, communityId: string): Promise<ProjectDoc[]> {
  return store.find(PROJECTS, { communityId }, { orderBy: [['createdAt', 'desc']], limit: PAGE });
}

declare module '../../store/collections' {
  interface CollectionDocs {
    gov_needs: NeedDoc;
    gov_resources: ResourceDoc;
    gov_projects: ProjectDoc;
  }
}
