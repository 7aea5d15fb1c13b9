import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test process; it keeps every message it receives. */
export class TestMailServer {
  readonly messages: ParsedMail[] = [];
  /** Addresses refused at RCPT TO (550), as a real server refuses a mailbox; with how often each was tried. */
  private readonly refused = new Map<string, number>();
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo: ({ address }, _session, callback) => {
      const tries = this.refused.get(address.toLowerCase());
      if (tries === undefined) return callback();
      this.refused.set(address.toLowerCase(), tries + 1);
      callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((mail) => {
          this.messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  port = 0;

  constructor() {
    // A sender killed mid-conversation (the SIGKILL test) resets its connection: its failure, not the
    // server's. Unhandled, that 'error' event would crash the whole test file.
    this.server.on('error', () => undefined);
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as { port: number }).port;
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Refuses mail to this address from now on. */
  refuse(address: string): void {
    this.refused.set(address.toLowerCase(), 0);
  }

  /** How often mail to a refused address was tried. */
  refusals(address: string): number {
    return this.refused.get(address.toLowerCase()) ?? 0;
  }

  /** Accepts mail to this address again. */
  accept(address: string): void {
    this.refused.delete(address.toLowerCase());
  }

  /** Every message so far, in the order received. */
  all(): ParsedMail[] {
    return [...this.messages];
  }

  /** Messages to this address so far. */
  to(address: string): ParsedMail[] {
    return this.messages.filter((mail) => mail.to && JSON.stringify(mail.to).toLowerCase().includes(address.toLowerCase()));
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
