/**
 * Layouts already made for one set of events, by what they were made for (a band and its row
 * count), keeping the few most recent. A plain memo, not state: nothing redraws when it fills.
 */
export class RecentLayouts<T> {
	readonly #keep: number;
	#events: unknown = null;
	readonly #made = new Map<string, T>();

	constructor(keep: number) {
		this.#keep = keep;
	}

	/** Whether the layout for `key` of these `events` is made. */
	has(events: unknown, key: string): boolean {
		return events === this.#events && this.#made.has(key);
	}

	/** The layouts made for these `events`. */
	madeFor(events: unknown): T[] {
		return events === this.#events ? [...this.#made.values()] : [];
	}

	/** The layout for `key` of these `events` (compared by identity), made now if need be. */
	get(events: unknown, key: string, make: () => T): T {
		if (events !== this.#events) {
			this.#events = events;
			this.#made.clear();
		}
		let layout = this.#made.get(key);
		if (layout === undefined) {
			layout = make();
			if (this.#made.size >= this.#keep) this.#made.delete(this.#made.keys().next().value!);
			this.#made.set(key, layout);
		}
		return layout;
	}
}
