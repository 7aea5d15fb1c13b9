import { type Socket, connect } from 'node:net';

const HEADER_END = Buffer.from('\r\n\r\n');
const LAST_CHUNK = Buffer.from('0\r\n\r\n');

/** An answer read off the wire: enough to tell a good one from a bad one. */
interface Answer {
  status: number;
  contentType: string;
  body: Buffer;
}

/** The answer at the start of `data` once it has all arrived (by Content-Length, or chunks up to the last), else undefined. */
function completeAnswer(data: Buffer): Answer | undefined {
  const headerEnd = data.indexOf(HEADER_END);
  if (headerEnd < 0) return undefined;
  const head = data.toString('latin1', 0, headerEnd);
  const header = (name: string) => new RegExp(`\r\n${name}:\\s*([^\r]*)`, 'i').exec(head)?.[1] ?? '';
  const status = Number(head.slice(9, 12));
  const contentType = header('content-type');
  const bodyStart = headerEnd + HEADER_END.length;
  if (/chunked/i.test(header('transfer-encoding'))) {
    if (!data.subarray(data.length - LAST_CHUNK.length).equals(LAST_CHUNK)) return undefined;
    const parts: Buffer[] = [];
    for (let at = bodyStart; ;) {
      const lineEnd = data.indexOf('\r\n', at);
      const size = parseInt(data.toString('latin1', at, lineEnd), 16);
      if (!size) return { status, contentType, body: Buffer.concat(parts) };
      parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
  }
  const length = Number(header('content-length') || 0);
  return data.length >= bodyStart + length ? { status, contentType, body: data.subarray(bodyStart, bodyStart + length) } : undefined;
}

/** Why an answer is not a success: an HTTP error, or GraphQL errors in a JSON answer; undefined when it is one. */
function problemOf({ status, contentType, body }: Answer): string | undefined {
  if (status < 200 || status > 299) return `HTTP ${status} ${body.toString('utf8', 0, 300)}`;
  // Only a key can be written `"errors":` in JSON (a quote inside a string is escaped).
  if (contentType.includes('json') && body.includes('"errors":')) return body.toString('utf8', 0, 500);
  return undefined;
}

/** One keep-alive connection exchanging one request at a time. */
class Connection {
  private chunks: Buffer[] = [];
  private waiting?: { resolve: () => void; reject: (error: Error) => void };

  constructor(private readonly socket: Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.received(chunk));
    const fail = (error: Error) => {
      const waiting = this.waiting;
      this.waiting = undefined;
      waiting?.reject(error);
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new Error('the server closed the connection')));
  }

  exchange(request: Buffer): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting = { resolve, reject };
      this.socket.write(request);
    });
  }

  private received(chunk: Buffer) {
    this.chunks.push(chunk);
    const data = this.chunks.length === 1 ? chunk : Buffer.concat(this.chunks);
    this.chunks = [data];
    const answer = completeAnswer(data);
    if (!answer) return;
    this.chunks = [];
    const waiting = this.waiting;
    this.waiting = undefined;
    const problem = problemOf(answer);
    if (problem) waiting?.reject(new Error(problem));
    else waiting?.resolve();
  }

  close() {
    this.socket.removeAllListeners('close');
    this.socket.destroy();
  }
}

/** The request as HTTP/1.1 bytes, written once and sent as they are on every exchange. */
async function wireBytes(request: Request): Promise<Buffer> {
  const url = new URL(request.url);
  const body = Buffer.from(await request.arrayBuffer());
  const headers = [`Host: ${url.host}`, 'Accept: */*', ...[...request.headers].map(([name, value]) => `${name}: ${value}`)];
  if (body.length) headers.push(`Content-Length: ${body.length}`);
  return Buffer.concat([Buffer.from(`${request.method} ${url.pathname}${url.search} HTTP/1.1\r\n${headers.join('\r\n')}\r\n\r\n`), body]);
}

/**
 * Sends the same request over `connections` keep-alive sockets, one exchange per socket at a time:
 * a load generator that stays out of the servers' way. The benchmarks share the machine's two cores
 * with what they measure, and fetch (undici) spent as much CPU on each request as the api did on a
 * trivial query, so it, not the server, set the pace. Rejects on an HTTP error or GraphQL errors.
 */
export async function leanSender(request: Request, connections: number) {
  const bytes = await wireBytes(request);
  const { hostname, port } = new URL(request.url);
  const idle = await Promise.all(
    Array.from(
      { length: connections },
      () =>
        new Promise<Connection>((resolve, reject) => {
          const socket = connect(Number(port), hostname, () => resolve(new Connection(socket)));
          socket.once('error', reject);
        }),
    ),
  );
  const all = [...idle];
  return {
    /** One exchange on an idle connection (there is one for each of `connections` senders at once). */
    send: async (): Promise<void> => {
      const connection = idle.pop();
      if (!connection) throw new Error(`more than ${connections} requests at once`);
      await connection.exchange(bytes);
      idle.push(connection);
    },
    close: () => all.forEach((connection) => connection.close()),
  };
}
