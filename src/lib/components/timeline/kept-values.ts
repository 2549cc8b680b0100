/**
 * Values made for keys, kept from one pass to the next for the keys still in use: for labels that
 * are worked out again on every frame for things that mostly only move.
 */
export class KeptValues<T> {
	#kept = new Map<string, T>();

	/** Runs a pass; `value(key, make)` gives what the last pass made for the key, or makes it. */
	pass<R>(run: (value: (key: string, make: () => T) => T) => R): R {
		const previous = this.#kept;
		const next = new Map<string, T>();
		const result = run((key, make) => {
			const value = previous.has(key) ? previous.get(key)! : make();
			next.set(key, value);
			return value;
		});
		this.#kept = next;
		return result;
	}
}
