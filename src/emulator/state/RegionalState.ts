/**
 * Per-region state of one service. AWS keeps every region apart; so does the emulator, keyed by the
 * region in the request's credential scope. A region's store is created on first use.
 */
export class RegionalState<Store> {
  private readonly stores = new Map<string, Store>();

  constructor(private readonly create: (region: string) => Store) {}

  get(region: string): Store {
    let store = this.stores.get(region);
    if (!store) {
      store = this.create(region);
      this.stores.set(region, store);
    }
    return store;
  }

  /** The stores of the regions used so far. */
  all(): IterableIterator<Store> {
    return this.stores.values();
  }

  /** Forgets every region; the default region is re-seeded on next use. */
  reset(): void {
    this.stores.clear();
  }
}
