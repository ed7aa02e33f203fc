import { POLICY } from '../access/policy';
import { notifyContract } from '../../../types/functions/notify';
import type { ActionContext } from '../kernel/context';
import { defineFunction } from '../kernel/function-def';
import type { DispatchDeps } from './channels';
import { listDeadLetters, retryDeadLetters } from './dead-letters';
import { dispatchDue } from './dispatcher';
import { grantSubscribe, listInbox, markRead, staffSubscriptions, unreadCount } from './inbox.service';

export const dispatchDeps = (ctx: ActionContext): DispatchDeps => ({ store: ctx.store, clock: ctx.clock, notify: ctx.config.notify, sender: ctx.platform.subscribe });

export const notifyFunction = defineFunction('notify', notifyContract, POLICY.notify, {
  inbox: (ctx, input) => listInbox(ctx, input),
  unreadCount: (ctx) => unreadCount(ctx),
  markRead: (ctx, input) => markRead(ctx, input),
  grantSubscribe: (ctx, input) => grantSubscribe(ctx, input),
  subscriptions: (ctx) => staffSubscriptions(ctx),
  dispatch: (ctx) => dispatchDue(dispatchDeps(ctx)),
  deadLetters: (ctx, input) => listDeadLetters(ctx, input),
  retry: (ctx, input) => retryDeadLetters(ctx, input),
});
