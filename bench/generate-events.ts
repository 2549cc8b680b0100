/**
 * Synthetic events for the bench (`timeline-bench-events/1`): n events over 1861–1946, 15% of
 * them spans, from a fixed seed so every run and every library sees the same data.
 */
import { seededRandom } from '../scripts/seeded-random';

const WORDS = [
	'strike',
	'congress',
	'soviet',
	'decree',
	'uprising',
	'treaty',
	'conference',
	'mutiny',
	'famine',
	'election',
	'manifesto',
	'purge',
	'offensive',
	'commune',
	'council',
	'reform',
	'trial',
	'exile',
	'Petrograd',
	'Moscow',
	'Kronstadt',
	'Baku',
	'Kiev',
	'Odessa',
	'workers',
	'peasants',
	'sailors'
];
const CATEGORIES = [
	'soviets',
	'party',
	'war',
	'peasantry',
	'repression',
	'culture',
	'women',
	'international'
];
const DAY = 86_400_000;
const FROM = Date.UTC(1861, 0, 1);
const TO = Date.UTC(1946, 11, 31);

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateEvents(n: number, seed = 1917) {
	const next = seededRandom(seed + n);
	const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
	const events = Array.from({ length: n }, (_, i) => {
		const start = FROM + Math.floor(next() * ((TO - FROM) / DAY)) * DAY;
		const title = `${pick(WORDS)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
		const event: {
			id: string;
			title: string;
			text: string;
			category: string;
			start: string;
			end?: string;
		} = {
			id: `e${i}`,
			title,
			text: `${title}: ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)}.`,
			category: pick(CATEGORIES),
			start: iso(start)
		};
		if (next() < 0.15) event.end = iso(Math.min(TO, start + Math.ceil(next() * 900) * DAY));
		return event;
	});
	return { schema: 'timeline-bench-events/1', n, events };
}
