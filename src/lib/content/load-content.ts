/**
 * The one content loader: a map of file paths to text in, validated content or every problem out.
 * The Vite build, the `check:content` CLI and the unit tests all call it, so they agree.
 */
import type { Content, Essay, TimelineEvent, Tour } from './model';
import { fileText } from './file-text';
import { parseEssay } from './parse-essay';
import { parseCoverage, type CoverageConfig } from './parse-coverage';
import { parseEras } from './parse-eras';
import { parseEvent, type ParsedEvent } from './parse-event';
import { parseTour } from './parse-tour';
import { parseVocabulary } from './parse-vocabulary';
import { sortProblems, type ContentProblem } from './problem';
import { validateEvent } from './validate-event';

/** File path from the project root (`events/x.yaml`, `essays/y.md`, `vocabulary.yaml`) → text. */
export type ContentFiles = Record<string, string>;

export interface ContentStats {
	events: number;
	essays: number;
	accounts: number;
	quotes: number;
}

export type LoadResult =
	| { ok: true; content: Content; stats: ContentStats; coverage: CoverageConfig }
	| { ok: false; problems: ContentProblem[] };

export const VOCABULARY_FILE = 'vocabulary.yaml';
/** Optional: the named periods shaded behind the timeline. */
export const ERAS_FILE = 'eras.yaml';
/** Optional: names and ignored paragraphs for `npm run coverage:content`. */
export const COVERAGE_FILE = 'coverage.yaml';
const EVENT_FILE = /^events\/[^/]+\.yaml$/;
const ESSAY_FILE = /^essays\/[^/]+\.md$/;
const TOUR_FILE = /^tours\/[^/]+\.yaml$/;

function fileProblem(file: string, message: string, hint: string): ContentProblem {
	return { file, line: 1, column: 1, field: '(file)', message, hint };
}

export function loadContent(input: ContentFiles): LoadResult {
	const problems: ContentProblem[] = [];
	const files: ContentFiles = {};
	for (const [path, raw] of Object.entries(input)) {
		const read = fileText(path, raw);
		files[path] = read.text;
		problems.push(...read.problems);
	}
	const paths = Object.keys(files).sort();
	for (const path of paths) {
		const known = path === VOCABULARY_FILE || path === COVERAGE_FILE || path === ERAS_FILE;
		if (!known && ![EVENT_FILE, ESSAY_FILE, TOUR_FILE].some((kind) => kind.test(path))) {
			problems.push(
				fileProblem(
					path,
					'is not a content file',
					'events are events/<id>.yaml, essays essays/<id>.md, tours tours/<id>.yaml; move or remove this file'
				)
			);
		}
	}

	const vocabularyText = files[VOCABULARY_FILE];
	const vocabulary =
		vocabularyText === undefined ? undefined : parseVocabulary(VOCABULARY_FILE, vocabularyText);
	if (!vocabulary) {
		problems.push(
			fileProblem(
				VOCABULARY_FILE,
				'is missing',
				'create it with the themes and regions events may use'
			)
		);
	} else {
		problems.push(...vocabulary.problems);
	}

	const essays = new Map<string, Essay>();
	const brokenEssays = new Set<string>();
	for (const path of paths.filter((path) => ESSAY_FILE.test(path))) {
		const parsed = parseEssay(path, files[path] ?? '');
		problems.push(...parsed.problems);
		if (!parsed.essay) {
			brokenEssays.add(path.replace(/^essays\/|\.md$/g, ''));
			continue;
		}
		essays.set(parsed.essay.id, parsed.essay);
	}

	const erasText = files[ERAS_FILE];
	const eras = erasText === undefined ? { eras: [], problems: [] } : parseEras(ERAS_FILE, erasText);
	problems.push(...eras.problems);

	const coverageText = files[COVERAGE_FILE];
	const coverage =
		coverageText === undefined
			? { coverage: { names: [], ignored: [] }, problems: [] }
			: parseCoverage(COVERAGE_FILE, coverageText, essays);
	problems.push(...coverage.problems);

	const parsedEvents: (ParsedEvent & { data: NonNullable<ParsedEvent['data']> })[] = [];
	const eventFiles = new Map<string, string>();
	for (const path of paths.filter((path) => EVENT_FILE.test(path))) {
		const parsed = parseEvent(path, files[path] ?? '');
		problems.push(...parsed.problems);
		if (!parsed.data) continue;
		const other = eventFiles.get(parsed.data.id);
		if (other) {
			problems.push(
				parsed.source.problem(
					['id'],
					`id "${parsed.data.id}" is also used by ${other}`,
					'give each event its own id'
				)
			);
			continue;
		}
		eventFiles.set(parsed.data.id, path);
		parsedEvents.push({ ...parsed, data: parsed.data });
	}

	const events: TimelineEvent[] = [];
	if (vocabulary?.vocabulary) {
		for (const parsed of parsedEvents) {
			const result = validateEvent(parsed, {
				essays,
				brokenEssays,
				vocabulary: vocabulary.vocabulary
			});
			problems.push(...result.problems);
			if (result.event) events.push(result.event);
		}
	}

	// Tours are checked only against events that loaded, so a broken event is reported once.
	const eventsById = new Map(events.map((event) => [event.id, event]));
	const tours: Tour[] = [];
	for (const path of paths.filter((path) => TOUR_FILE.test(path))) {
		const parsed = parseTour(path, files[path] ?? '', eventsById);
		problems.push(...parsed.problems);
		if (parsed.tour) tours.push(parsed.tour);
	}

	if (problems.length || !vocabulary?.vocabulary || !coverage.coverage || !eras.eras) {
		return { ok: false, problems: sortProblems(problems) };
	}
	const accounts = events.flatMap((event) => event.accounts);
	return {
		ok: true,
		content: {
			events: events.sort(byDate),
			essays: [...essays.values()].sort(byCollection),
			...vocabulary.vocabulary,
			eras: eras.eras,
			tours: tours.sort((a, b) => a.title.localeCompare(b.title, 'en'))
		},
		coverage: coverage.coverage,
		stats: {
			events: events.length,
			essays: essays.size,
			accounts: accounts.length,
			quotes: accounts.reduce((sum, account) => sum + account.quotes.length, 0)
		}
	};
}

function byDate(a: TimelineEvent, b: TimelineEvent): number {
	return a.date.startMs - b.date.startMs || a.date.endMs - b.date.endMs || (a.id < b.id ? -1 : 1);
}

/** Chapters of a collection in order, collections and standalone essays by title. */
function byCollection(a: Essay, b: Essay): number {
	const keyA = a.collection ?? a.title;
	const keyB = b.collection ?? b.title;
	return (
		keyA.localeCompare(keyB, 'en') ||
		(a.part ?? 0) - (b.part ?? 0) ||
		a.title.localeCompare(b.title, 'en')
	);
}
