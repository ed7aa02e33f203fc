import type { SendResult, SubscribeMessage, SubscribeSender } from '../../cloudfunctions/core/platform/subscribe-sender';

/**
 * A subscribe sender for tests: answers from a script first (e.g. two transient failures), then passes every
 * send to `inner` (normally the log sender, whose file the tests count). Each send yields to the event loop
 * first, so that concurrent dispatchers really interleave.
 */
export class ScriptedSender implements SubscribeSender {
  readonly attempts: SubscribeMessage[] = [];
  private readonly script: SendResult[] = [];
  private always: SendResult | null = null;

  constructor(private readonly inner: SubscribeSender) {}

  /** The next `times` sends fail with this result. */
  failNext(times: number, result: Exclude<SendResult, { ok: true }> = { ok: false, kind: 'transient', code: -1, message: 'system error' }): this {
    for (let i = 0; i < times; i++) this.script.push(result);
    return this;
  }

  /** From now on every send fails the same way (until `recover`). */
  failAlways(result: Exclude<SendResult, { ok: true }> = { ok: false, kind: 'transient', code: -1, message: 'system error' }): this {
    this.always = result;
    return this;
  }

  recover(): this {
    this.always = null;
    this.script.length = 0;
    return this;
  }

  async send(message: SubscribeMessage): Promise<SendResult> {
    this.attempts.push(message);
    await new Promise((ok) => setImmediate(ok));
    const scripted = this.always ?? this.script.shift();
    return scripted ?? this.inner.send(message);
  }
}
