/**
 * strangeUrls(500, seed) → the same 500 odd addresses on every run: random, malformed and hostile
 * query strings on every route, unknown events, essays and tours, encoded paths and huge
 * parameters. A failing one can be replayed by its seed and index.
 */
import { seededRandom } from '../../scripts/seeded-random';

export interface StrangeUrl {
	url: string;
	/** Whether the address names a page that exists (any query), or one that must give a 404. */
	exists: boolean;
}

const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'data:text/html,<script>alert(1)</script>',
	"'; DROP TABLE events; --",
	'../../../etc/passwd',
	'%00',
	'%',
	'%E0%A4%A',
	'%uD800',
	'\u202egnp.exe',
	'🙂',
	'NaN',
	'-Infinity',
	'1e309',
	'-1',
	'0',
	'9999-99-99',
	'1917-02-30',
	'1918/1917',
	'',
	' ',
	'__proto__',
	'constructor',
	'toString'
];
const PARAMS = ['event', 'from', 'to', 'calendar', 'view', 'essay', 'theme', 'region', 'contested'];
const PARAMS_ELSEWHERE = ['q', 'stop', 'essays', 'data', 'passage'];

export function strangeUrls(
	count: number,
	seed: number,
	known: { events: string[]; compared: string[]; essays: string[]; tours: string[] }
): StrangeUrl[] {
	const random = seededRandom(seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const junk = (): string => {
		const roll = random();
		if (roll < 0.45) return encodeURIComponent(pick(HOSTILE));
		if (roll < 0.6) return pick(HOSTILE).replace(/[#?&]/g, '');
		if (roll < 0.7) return 'x'.repeat(1 + Math.floor(random() * 8_000));
		if (roll < 0.85) return String(Math.floor(random() * 1e6) - 5e5);
		return Array.from({ length: 1 + Math.floor(random() * 12) }, () =>
			String.fromCharCode(33 + Math.floor(random() * 94))
		)
			.join('')
			.replace(/[#]/g, '');
	};
	const query = (names: string[]): string => {
		const parts = Array.from({ length: Math.floor(random() * 5) }, () => {
			const name = random() < 0.85 ? pick(names) : junk();
			const value = random() < 0.3 ? pick([...known.events, ...known.essays]) : junk();
			return random() < 0.1 ? name : `${name}=${value}`;
		});
		if (random() < 0.1) parts.push(parts[0] ?? 'event=');
		return parts.length ? `?${parts.join('&')}` : random() < 0.5 ? '?' : '';
	};
	const makers: (() => StrangeUrl)[] = [
		() => ({ url: `/${query(PARAMS)}`, exists: true }),
		() => ({ url: `/events/${pick(known.events)}${query(PARAMS_ELSEWHERE)}`, exists: true }),
		() => ({
			url: `/events/${pick(known.compared)}/compare${query(PARAMS_ELSEWHERE)}`,
			exists: true
		}),
		() => ({ url: `/essays/${pick(known.essays)}${query(PARAMS_ELSEWHERE)}`, exists: true }),
		() => ({ url: `/tours/${pick(known.tours)}${query(PARAMS_ELSEWHERE)}`, exists: true }),
		() => ({ url: `/search${query(PARAMS_ELSEWHERE)}`, exists: true }),
		() => ({ url: `/${pick(['essays', 'tours', 'about'])}${query(PARAMS)}`, exists: true }),
		() => ({ url: `/events/${junk()}`, exists: false }),
		() => ({ url: `/essays/${junk()}`, exists: false }),
		() => ({ url: `/tours/${junk()}${query(PARAMS_ELSEWHERE)}`, exists: false }),
		() => ({ url: `/events/${junk()}/compare`, exists: false }),
		() => ({ url: `/${junk()}/${junk()}`, exists: false }),
		() => ({
			url: `/events/${encodeURIComponent(pick(known.events)).toUpperCase()}`,
			exists: false
		})
	];
	return Array.from({ length: count }, () => pick(makers)());
}
