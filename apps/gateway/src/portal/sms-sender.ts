import { Logger } from '@nestjs/common';
import { appendFile } from 'node:fs/promises';

/** Sends a text message to a phone. A county plugs in its SMS gateway (短信平台) here. */
export interface SmsSender {
  /** `to` is the whole number; `shownAs` the masked form, the only one that may reach a log. */
  send(message: { to: string; shownAs: string; text: string }): Promise<void>;
}

export const SMS_SENDER = Symbol('SmsSender');

/** Development: the message goes to the log (with the phone masked), where the developer reads the code. */
export class LogSmsSender implements SmsSender {
  private readonly logger = new Logger('sms');

  async send({ shownAs, text }: { shownAs: string; text: string }) {
    this.logger.log(`SMS to ${shownAs}: ${text}`);
  }
}

/** Development and tests: one JSON line per message appended to a file (a local SMS outbox). */
export class FileSmsSender implements SmsSender {
  constructor(private readonly path: string) {}

  async send({ shownAs, text }: { shownAs: string; text: string }) {
    await appendFile(this.path, `${JSON.stringify({ to: shownAs, text, at: new Date().toISOString() })}\n`);
  }
}

/** GATEWAY_SMS_SENDER: "log", or "file:<path>". */
export function smsSenderFor(setting: string): SmsSender {
  if (setting === 'log') return new LogSmsSender();
  if (setting.startsWith('file:') && setting.length > 5) return new FileSmsSender(setting.slice(5));
  throw new Error(`GATEWAY_SMS_SENDER must be "log" or "file:<path>", got "${setting}"`);
}
