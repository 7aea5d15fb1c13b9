/** How long a caller is trusted without a word from the database, should a change ever go unheard. */
export const CALLER_TTL_MS = 60_000;
/** Users whose caller is kept at most: a hub's active people, each a few hundred bytes. */
export const MAX_CALLERS = 20_000;

interface Entry<V> {
  value: V;
  until: number;
}

/**
 * The callers behind recent access tokens (their role, hubs and row), so that a request does not
 * re-read them (the token check was one statement on every request). It trusts its entries only while the api hears every change to what they hold (see
 * CallerChanges: PostgreSQL notifies on each change to a user, a membership or a revoked login);
 * until then, and whenever that connection is lost, every request reads its caller afresh.
 *
 * A change forgets the user's entries and moves the generation on, so a read that began before the
 * change never stores what it saw.
 */
export class CallerCache<V = unknown> {
  /** By user, then by login: a change to a user forgets all their logins at once. */
  private readonly users = new Map<string, Map<string, Entry<V>>>();
  private generation = 0;
  private trustChanges = false;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** The caller for this user and login: remembered, or read by `load` (and remembered when nothing changed meanwhile). */
  async get(userId: string, sessionId: string | null, load: () => Promise<V>): Promise<V> {
    if (!this.trustChanges) return load();
    const login = sessionId ?? '';
    const known = this.users.get(userId)?.get(login);
    if (known && known.until > this.now()) return known.value;
    const generation = this.generation;
    const value = await load();
    if (this.trustChanges && generation === this.generation) this.remember(userId, login, value);
    return value;
  }

  /** Stores the entry with its user moved to the newest end; past MAX_CALLERS users the oldest goes. */
  private remember(userId: string, login: string, value: V) {
    const logins = this.users.get(userId) ?? new Map<string, Entry<V>>();
    this.users.delete(userId);
    this.users.set(userId, logins.set(login, { value, until: this.now() + CALLER_TTL_MS }));
    if (this.users.size > MAX_CALLERS) this.users.delete(this.users.keys().next().value!);
  }

  /** Something about this user changed (their row, a membership, a login ended). */
  forgetUser(userId: string) {
    this.generation += 1;
    this.users.delete(userId);
  }

  forgetAll() {
    this.generation += 1;
    this.users.clear();
  }

  /** Every change is heard from now on. */
  trust() {
    this.forgetAll();
    this.trustChanges = true;
  }

  /** Changes may go unheard (the listening connection is down): read every caller afresh. */
  distrust() {
    this.trustChanges = false;
    this.forgetAll();
  }

  /** Whether remembered callers are used (while changes are heard). */
  get trusted() {
    return this.trustChanges;
  }

  /** Users with a remembered caller. */
  get size() {
    return this.users.size;
  }
}
