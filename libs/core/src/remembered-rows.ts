interface Entry<V> {
  value: V;
  until: number;
}

export interface RememberedRowsOptions {
  /** How long a row is trusted without a word from the database, should a change ever go unheard. */
  ttlMs: number;
  /** Rows kept at most; past it the one read longest ago goes. */
  maxRows: number;
  now?: () => number;
}

/**
 * Rows that most requests read (a caller, a cohort), remembered between requests so that a request
 * does not read them again. Entries are trusted only while the api hears of every change to those
 * rows (RowChanges: PostgreSQL notifies on each one); until then, and whenever that connection is
 * lost, every read goes to the database. A row may be kept in variants (a caller per login): a
 * change forgets them all.
 *
 * A change forgets the row and moves the generation on, so a read that began before the change
 * never stores what it saw. Only rows found are kept: a row inserted later is not announced.
 */
export class RememberedRows<V> {
  private readonly rows = new Map<string, Map<string, Entry<V>>>();
  private generation = 0;
  private trustChanges = false;
  private readonly now: () => number;

  constructor(private readonly options: RememberedRowsOptions) {
    this.now = options.now ?? (() => performance.now());
  }

  /** The row's variant: remembered, or read by `load` (and remembered when nothing changed meanwhile). */
  async get(id: string, variant: string, load: () => Promise<V>): Promise<V> {
    const known = this.known(id, variant);
    if (known) return known.value;
    const generation = this.generation;
    const value = await load();
    this.keep(generation, id, variant, value);
    return value;
  }

  /** The rows of these ids (undefined for those that do not exist): those not remembered read at once by `load`. */
  async getMany(ids: readonly string[], load: (missing: string[]) => Promise<Map<string, V>>): Promise<(V | undefined)[]> {
    const values = new Map<string, V>();
    const missing: string[] = [];
    for (const id of ids) {
      const known = this.known(id, '');
      if (known) values.set(id, known.value);
      else missing.push(id);
    }
    if (missing.length) {
      const generation = this.generation;
      for (const [id, value] of await load(missing)) {
        values.set(id, value);
        this.keep(generation, id, '', value);
      }
    }
    return ids.map((id) => values.get(id));
  }

  private known(id: string, variant: string): Entry<V> | undefined {
    if (!this.trustChanges) return undefined;
    const entry = this.rows.get(id)?.get(variant);
    return entry && entry.until > this.now() ? entry : undefined;
  }

  /** Stores what a read begun at `generation` saw, unless a change was heard since; the row moves to the newest end. */
  private keep(generation: number, id: string, variant: string, value: V) {
    if (!this.trustChanges || generation !== this.generation) return;
    const variants = this.rows.get(id) ?? new Map<string, Entry<V>>();
    this.rows.delete(id);
    this.rows.set(id, variants.set(variant, { value, until: this.now() + this.options.ttlMs }));
    if (this.rows.size > this.options.maxRows) this.rows.delete(this.rows.keys().next().value!);
  }

  /** The row changed (or, for a caller, something the caller is read from). */
  forget(id: string) {
    this.generation += 1;
    this.rows.delete(id);
  }

  forgetAll() {
    this.generation += 1;
    this.rows.clear();
  }

  /** Every change is heard from now on. */
  trust() {
    this.forgetAll();
    this.trustChanges = true;
  }

  /** Changes may go unheard (the listening connection is down): read every row afresh. */
  distrust() {
    this.trustChanges = false;
    this.forgetAll();
  }

  /** Whether remembered rows are used (while changes are heard). */
  get trusted() {
    return this.trustChanges;
  }

  /** Rows remembered. */
  get size() {
    return this.rows.size;
  }
}
