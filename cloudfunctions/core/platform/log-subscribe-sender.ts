import { appendFile, readFile } from 'node:fs/promises';
import type { SendResult, SubscribeMessage, SubscribeSender } from './subscribe-sender';

/** File name of the local sender's log inside DATA_DIR. */
export const SUBSCRIBE_LOG = 'subscribe-messages.jsonl';

export interface LoggedSubscribeMessage extends SubscribeMessage {
  /** When it was "sent" (epoch ms, system time). */
  loggedAt: number;
}

/**
 * The local host's subscribe sender: writes what it would send to WeChat as one JSON line per message, so a
 * developer can see it and tests can count sends. Appends are single writes, so concurrent sends never interleave.
 */
export class LogSubscribeSender implements SubscribeSender {
  constructor(readonly file: string) {}

  async send(message: SubscribeMessage): Promise<SendResult> {
    const line: LoggedSubscribeMessage = { ...message, loggedAt: Date.now() };
    await appendFile(this.file, `${JSON.stringify(line)}\n`, 'utf8');
    return { ok: true };
  }

  /** Everything sent so far (empty before the first send). */
  async read(): Promise<LoggedSubscribeMessage[]> {
    const text = await readFile(this.file, 'utf8').catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return '';
      throw err;
    });
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LoggedSubscribeMessage);
  }
}
