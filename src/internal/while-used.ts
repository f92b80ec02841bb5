/**
 * Something the whole page shares while anyone uses it (a listener, an observer, a timer): `start` runs when the
 * first user comes and returns what stops it, which runs when the last one leaves.
 */
export class WhileUsed<User> {
  readonly #users = new Set<User>();
  readonly #start: () => () => void;
  #stop: (() => void) | undefined;

  constructor(start: () => () => void) {
    this.#start = start;
  }

  get users(): ReadonlySet<User> {
    return this.#users;
  }

  add(user: User): void {
    if (this.#users.size === 0) this.#stop = this.#start();
    this.#users.add(user);
  }

  delete(user: User): void {
    if (!this.#users.delete(user) || this.#users.size > 0) return;
    this.#stop?.();
    this.#stop = undefined;
  }
}
