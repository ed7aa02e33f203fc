import { GOV_PAGES } from '../../../../types/governance';
import { formatDateTime } from '../../../../types/time';
import { enqueueFanout, type Listed } from '../../notify/outbox';
import type { TxOps } from '../../store/port';
import { ROSTERS, type RosterDoc, type TopicDoc } from './topics.repository';

/**
 * What a topic tells the people it concerns, written in the transaction that opens it. Who they are is decided once,
 * as it opens (eligibility.ts: participantsOf), and kept as the topic's roster: a list of any length is one document
 * and one fan-out message each, which the dispatcher expands when it is due (as an activity's reminders are). Both
 * messages are keyed by the topic: opening the same topic again is refused as already told.
 */
export const topicLink = (topicId: string) => `${GOV_PAGES.topic}?id=${topicId}`;

export const rosterOf = (topic: TopicDoc, recipients: readonly string[], now: number): RosterDoc => ({ _id: topic._id, communityId: topic.communityId, recipients: [...recipients], at: now });

const roster = (topic: TopicDoc): Listed => ({ collection: ROSTERS, id: topic._id, fields: ['recipients'] });

/** 议题征求意见 or 业主表决 now, to everyone on the roster; and 议题结果已公布 at the deadline, when results are shown. */
export async function announceTopic(tx: TxOps, now: number, topic: TopicDoc): Promise<void> {
  const about = { listed: roster(topic), link: topicLink(topic._id), fields: { time: String(topic.deadline) } };
  const deadline = formatDateTime(topic.deadline);
  const owners = topic.kind === 'owners';
  await enqueueFanout(tx, now, {
    ...about,
    event: `topic:${topic._id}:opened`,
    kind: 'topic_opened',
    title: `${owners ? '业主表决' : '议题征求意见'}：${topic.title}`,
    body: `请于${deadline}前${owners ? '参加表决' : '发表意见'}，截止后公布结果`,
  });
  await enqueueFanout(tx, now, {
    ...about,
    event: `topic:${topic._id}:results`,
    kind: 'topic_results',
    title: `议题结果已公布：${topic.title}`,
    body: `${owners ? '表决' : '征求意见'}已于${deadline}截止，请查看结果和参与情况`,
    dueAt: topic.deadline,
  });
}
