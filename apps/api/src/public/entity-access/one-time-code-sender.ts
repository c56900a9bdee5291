import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';

/** A one-time code on its way to an entity's registered contact. */
export interface OneTimeCodeMessage {
  /** The registered contact (a mobile number). */
  to: string;
  creditCode: string;
  code: string;
  /** When the code stops being accepted (ISO 8601). */
  expiresAt: string;
}

/**
 * The port a deployment fills with its SMS gateway. The embedded default is the log adapter below:
 * no message leaves the machine, and the operator reads the code where it is written.
 */
export interface OneTimeCodeSender {
  send(message: OneTimeCodeMessage): Promise<void>;
}

export const ONE_TIME_CODE_SENDER = Symbol('OneTimeCodeSender');

/** The file under DATA_DIR the log adapter appends to, one JSON line per code. */
export const ONE_TIME_CODE_LOG = 'one-time-codes.log';

/**
 * Writes each code to the server log and to DATA_DIR/one-time-codes.log, for an operator to pass on
 * by phone (and for tests to read). The file holds live codes: it is as secret as the data directory.
 */
export class LogOneTimeCodeSender implements OneTimeCodeSender {
  private readonly logger = new Logger('OneTimeCodes');

  constructor(private readonly dataDir: string) {}

  async send(message: OneTimeCodeMessage): Promise<void> {
    await appendFile(join(this.dataDir, ONE_TIME_CODE_LOG), `${JSON.stringify(message)}\n`, {
      mode: 0o600,
    });
    this.logger.log(`one-time code for ${message.creditCode} to ${message.to}: ${message.code}`);
  }
}
