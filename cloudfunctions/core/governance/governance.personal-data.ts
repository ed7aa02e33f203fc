import { ERASED_NAME, ERASURE_PAGE, type HoldsPeople, union } from '../store/personal-data';
import { NEEDS, PROJECTS, RESOURCES, type NeedDoc, type ProjectDoc, type ResourceDoc } from './lists/lists.repository';
import { BALLOTS, COMMENTS, ROSTERS, TOPICS, ballotIdOf, type BallotDoc, type CommentDoc, type RosterDoc, type TopicDoc } from './topics/topics.repository';
import { VISITS, VISIT_HOUSEHOLDS, type VisitDoc, type VisitHouseholdDoc } from './visits/visits.repository';

const swap = (list: readonly string[], openid: string, alias: string) => list.map((o) => (o === openid ? alias : o));

/** A need stays for the community (its weight, its project); who wrote it and who seconded it go. */
const gov_needs: HoldsPeople<NeedDoc> = {
  holds: 'people',
  label: '需求清单',
  fields: ['author', 'meTooBy'],
  find: (store, openid) => union(store.find(NEEDS, { author: openid }, ERASURE_PAGE), store.find(NEEDS, { meTooBy: { $has: openid } }, ERASURE_PAGE)),
  export: (n, openid) => (n.author === openid ? { need: n.description, category: n.category, people: n.people, status: n.status, createdAt: n.createdAt } : { meToo: n.description }),
  erase: (n, { openid, alias }) => ({ kind: 'update', update: { set: { author: n.author === openid ? alias : n.author, meTooBy: swap(n.meTooBy, openid, alias) } } }),
};

/** An offer stays with its unit's contact; the account that posted or verified it goes. */
const gov_resources: HoldsPeople<ResourceDoc> = {
  holds: 'people',
  label: '资源清单',
  fields: ['offeredBy', 'verifiedBy.actor'],
  find: (store, openid) => union(store.find(RESOURCES, { offeredBy: openid }, ERASURE_PAGE), store.find(RESOURCES, { 'verifiedBy.actor': openid }, ERASURE_PAGE)),
  export: (r, openid) => (r.offeredBy === openid ? { resource: r.title, provider: r.providerName, contact: r.contactName, phone: r.contactPhone, status: r.status } : { verifiedByYou: r.title }),
  erase: (r, { openid, alias }) => {
    const set: Record<string, string> = {};
    if (r.offeredBy === openid) set.offeredBy = alias;
    if (r.verifiedBy?.actor === openid) set['verifiedBy.actor'] = alias;
    return { kind: 'update', update: { set } };
  },
};

const gov_projects: HoldsPeople<ProjectDoc> = {
  holds: 'people',
  label: '社区项目',
  fields: ['createdBy'],
  find: (store, openid) => store.find(PROJECTS, { createdBy: openid }, ERASURE_PAGE),
  export: (p) => ({ project: p.title, createdAt: p.createdAt }),
  erase: (_p, { alias }) => ({ kind: 'update', update: { set: { createdBy: alias } } }),
};

const gov_topics: HoldsPeople<TopicDoc> = {
  holds: 'people',
  label: '议题',
  fields: ['openedBy'],
  find: (store, openid) => store.find(TOPICS, { openedBy: openid }, ERASURE_PAGE),
  export: (t) => ({ topic: t.title, openedAt: t.openedAt }),
  erase: (_t, { alias }) => ({ kind: 'update', update: { set: { openedBy: alias } } }),
};

/** A ballot keeps counting for its household or owner; a person's own ballot moves to the alias. */
const gov_ballots: HoldsPeople<BallotDoc> = {
  holds: 'people',
  label: '投票',
  fields: ['castBy', 'voterKey (person:<OPENID>)', '_id (hash of topic and voterKey)'],
  find: (store, openid) => union(store.find(BALLOTS, { castBy: openid }, { limit: 1000 }), store.find(BALLOTS, { voterKey: `person:${openid}` }, { limit: 1000 })),
  export: (b, openid) => (b.castBy === openid ? { topicId: b.topicId, choice: b.choice, at: b.castAt } : { topicId: b.topicId, yourVoteReplaced: true }),
  erase: (b, { openid, alias }) => {
    const castBy = b.castBy === openid ? alias : b.castBy;
    if (b.voterKey !== `person:${openid}`) return { kind: 'update', update: { set: { castBy } } };
    const voterKey = `person:${alias}`;
    return { kind: 'move', doc: { ...b, _id: ballotIdOf(b.topicId, voterKey), voterKey, castBy } };
  },
};

const gov_comments: HoldsPeople<CommentDoc> = {
  holds: 'people',
  label: '议题意见',
  fields: ['author'],
  find: (store, openid) => store.find(COMMENTS, { author: openid }, { limit: 1000 }),
  export: (c) => ({ topicId: c.topicId, text: c.text, at: c.at }),
  erase: (_c, { alias }) => ({ kind: 'update', update: { set: { author: alias } } }),
};

/** Someone who leaves is nobody a topic's notices go to any more (a result still due reaches the others). */
const gov_topic_rosters: HoldsPeople<RosterDoc> = {
  holds: 'people',
  label: '议题通知名单',
  fields: ['recipients'],
  find: (store, openid) => store.find(ROSTERS, { recipients: { $has: openid } }, ERASURE_PAGE),
  export: (r) => ({ topicId: r._id, listedAt: r.at }),
  erase: (r, { openid }) => ({ kind: 'update', update: { set: { recipients: r.recipients.filter((o) => o !== openid) } } }),
};

/** A party member who leaves is no longer anyone's visitor; the household stays listed for the next. */
const gov_visit_households: HoldsPeople<VisitHouseholdDoc> = {
  holds: 'people',
  label: '党员联系户',
  fields: ['assignees', 'care.markedBy'],
  find: (store, openid) => union(store.find(VISIT_HOUSEHOLDS, { assignees: { $has: openid } }, ERASURE_PAGE), store.find(VISIT_HOUSEHOLDS, { 'care.markedBy': openid }, ERASURE_PAGE)),
  export: (h) => ({ household: `${h.buildingId} ${h.entrance}单元 ${h.room}`, label: h.label }),
  erase: (h, { openid, alias }) => ({ kind: 'update', update: { set: { assignees: h.assignees.filter((o) => o !== openid), ...(h.care?.markedBy === openid ? { 'care.markedBy': alias } : {}) } } }),
};

/** A visit stays in the household's record; the visitor's account and name go. */
const gov_visits: HoldsPeople<VisitDoc> = {
  holds: 'people',
  label: '走访记录',
  fields: ['visitor', 'visitorName'],
  find: (store, openid) => store.find(VISITS, { visitor: openid }, { limit: 1000 }),
  export: (v) => ({ visitedOn: v.visitedOn, met: v.met, situation: v.situation, note: v.note, followUp: v.followUp }),
  erase: (_v, { alias }) => ({ kind: 'update', update: { set: { visitor: alias, visitorName: ERASED_NAME } } }),
};

export const GOVERNANCE_PERSONAL_DATA = { gov_needs, gov_resources, gov_projects, gov_topics, gov_ballots, gov_comments, gov_topic_rosters, gov_visit_households, gov_visits } as const;
