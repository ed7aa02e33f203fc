import { governanceContract } from '../../../types/functions/governance';
import { POLICY } from '../access/policy';
import { defineFunction } from '../kernel/function-def';
import { exportLists, listsDashboard } from './lists/dashboard.service';
import { meToo, needs, postNeed } from './lists/needs.service';
import { createProject, finishProject, project, projects, updateProject } from './lists/projects.service';
import { matches, offerResource, resources, verifyResource } from './lists/resources.service';
import { comment, comments, moderate } from './topics/comments.service';
import { openTopic, recordMinutes, topic, topics } from './topics/topics.service';
import { results, vote } from './topics/votes.service';
import { addVisitHousehold, assignVisitor, markCare, visitHouseholds } from './visits/assign.service';
import { coverage } from './visits/coverage.service';
import { logVisit, myVisits, visits } from './visits/visits.service';

/** Community co-governance: 三张清单, 大事共议 and 进百家门 (README: the three mechanisms and their roles). */
export const governanceFunction = defineFunction('governance', governanceContract, POLICY.governance, {
  postNeed: (ctx, input) => postNeed(ctx, input),
  needs: (ctx, input) => needs(ctx, input),
  meToo: (ctx, input) => meToo(ctx, input),
  offerResource: (ctx, input) => offerResource(ctx, input),
  resources: (ctx, input) => resources(ctx, input),
  verifyResource: (ctx, input) => verifyResource(ctx, input),
  matches: (ctx, input) => matches(ctx, input),
  createProject: (ctx, input) => createProject(ctx, input),
  projects: (ctx, input) => projects(ctx, input),
  project: (ctx, input) => project(ctx, input),
  updateProject: (ctx, input) => updateProject(ctx, input),
  finishProject: (ctx, input) => finishProject(ctx, input),
  listsDashboard: (ctx, input) => listsDashboard(ctx, input),
  exportLists: (ctx, input) => exportLists(ctx, input),
  openTopic: (ctx, input) => openTopic(ctx, input),
  topics: (ctx, input) => topics(ctx, input),
  topic: (ctx, input) => topic(ctx, input),
  comment: (ctx, input) => comment(ctx, input),
  comments: (ctx, input) => comments(ctx, input),
  moderate: (ctx, input) => moderate(ctx, input),
  vote: (ctx, input) => vote(ctx, input),
  results: (ctx, input) => results(ctx, input),
  recordMinutes: (ctx, input) => recordMinutes(ctx, input),
  myVisits: (ctx) => myVisits(ctx),
  logVisit: (ctx, input) => logVisit(ctx, input),
  visits: (ctx, input) => visits(ctx, input),
  coverage: (ctx, input) => coverage(ctx, input),
  visitHouseholds: (ctx, input) => visitHouseholds(ctx, input),
  addVisitHousehold: (ctx, input) => addVisitHousehold(ctx, input),
  assignVisitor: (ctx, input) => assignVisitor(ctx, input),
  markCare: (ctx, input) => markCare(ctx, input),
});
