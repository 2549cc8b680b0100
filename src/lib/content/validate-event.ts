/** Checks a schema-valid event against the essays and vocabulary, and builds the TimelineEvent. */
import {
	parseDateSpan,
	parseHistoricalDate,
	type DateSpan,
	type HistoricalDate
} from '../time/historical-date';
import { utcMs } from '../time/utc';
import {
	checkOldStyle,
	oldStyleApplies,
	oldStyleRequired,
	suggestOldStyle
} from '../time/old-style';
import type { Account, Essay, Region, TimelineEvent } from './model';
import type { ParsedEvent } from './parse-event';
import type { ContentProblem } from './problem';
import { resolveQuote } from './resolve-quote';
import type { Vocabulary } from './parse-vocabulary';

/** The period the site covers; an event outside it is almost certainly a typo in the year. */
export const PERIOD = { from: 1850, to: 2000 };

export interface EventContext {
	essays: Map<string, Essay>;
	/** Essay files that exist but did not load, by the id their file name gives. */
	brokenEssays: Set<string>;
	vocabulary: Vocabulary;
}

function oneOf(ids: string[]): string {
	return ids.join(', ');
}

export function validateEvent(
	parsed: ParsedEvent & { data: NonNullable<ParsedEvent['data']> },
	{ essays, brokenEssays, vocabulary }: EventContext
): { event?: TimelineEvent; problems: ContentProblem[] } {
	const { data, source } = parsed;
	const problems: ContentProblem[] = [];
	const report = (path: PropertyKey[], message: string, hint: string) =>
		problems.push(source.problem(path, message, hint));

	const region = vocabulary.regions.find((entry) => entry.id === data.region);
	if (!region) {
		report(
			['region'],
			`unknown region "${data.region}"`,
			`use one of ${oneOf(vocabulary.regions.map((r) => r.id))}, or add it to vocabulary.yaml`
		);
	}
	const date = parseHistoricalDate(data.date);
	let dateOs: DateSpan | undefined;
	if (!date.ok) {
		report(['date'], date.problem.message, date.problem.hint);
	} else {
		const { startMs, endMs } = date.value;
		if (startMs < utcMs(PERIOD.from, 1, 1) || endMs > utcMs(PERIOD.to + 1, 1, 1)) {
			report(
				['date'],
				`${data.date} is outside the period the timeline covers (${PERIOD.from}–${PERIOD.to})`,
				'check the year'
			);
		} else if (region) {
			dateOs = checkDateOs(data.date_os, date.value, region, report);
		}
	}

	const seenThemes = new Set<string>();
	data.themes.forEach((theme, index) => {
		if (!vocabulary.themes.some((entry) => entry.id === theme)) {
			report(
				['themes', index],
				`unknown theme "${theme}"`,
				`use one of ${oneOf(vocabulary.themes.map((t) => t.id))}, or add it to vocabulary.yaml`
			);
		} else if (seenThemes.has(theme)) {
			report(['themes', index], `theme "${theme}" is listed twice`, 'remove the repeat');
		}
		seenThemes.add(theme);
	});

	const accounts: Account[] = [];
	const seenEssays = new Map<string, number>();
	data.accounts.forEach((account, index) => {
		const essay = essays.get(account.essay);
		if (!essay && brokenEssays.has(account.essay)) {
			report(
				['accounts', index, 'essay'],
				`essay "${account.essay}" did not load, so its quotes cannot be checked`,
				`fix the problems reported in essays/${account.essay}.md`
			);
			return;
		}
		if (!essay) {
			const known = essays.size
				? `use the id of a file in essays/: ${oneOf([...essays.keys()])}`
				: 'add the essay to essays/ first';
			report(['accounts', index, 'essay'], `unknown essay "${account.essay}"`, known);
			return;
		}
		const earlier = seenEssays.get(account.essay);
		if (earlier !== undefined) {
			report(
				['accounts', index, 'essay'],
				`essay "${account.essay}" already has an account (accounts[${earlier}])`,
				'merge the quotes into that one account'
			);
		}
		seenEssays.set(account.essay, index);
		const essayFile = `essays/${essay.id}.md`;
		const quotes = account.quotes.flatMap((quote, quoteIndex) => {
			const resolved = resolveQuote(essay, quote, essayFile);
			if (resolved.ok) return [resolved.value];
			report(['accounts', index, 'quotes', quoteIndex], resolved.message, resolved.hint);
			return [];
		});
		if (
			account.dated_as !== undefined &&
			!essay.blocks.some((block) => block.text.includes(account.dated_as ?? ''))
		) {
			report(
				['accounts', index, 'dated_as'],
				`“${account.dated_as}” is not in essay "${essay.id}"`,
				'copy the essay’s own words for the date exactly'
			);
		}
		accounts.push({ essay: essay.id, quotes, datedAs: account.dated_as, note: account.note });
	});

	if (problems.length || !date.ok) return { problems };
	return {
		problems,
		event: {
			id: data.id,
			title: data.title,
			date: date.value,
			...(dateOs ? { dateOs } : {}),
			place: data.place,
			region: data.region,
			summary: data.summary,
			themes: data.themes,
			accounts
		}
	};
}

function checkDateOs(
	dateOs: string | undefined,
	date: HistoricalDate,
	region: Region,
	report: (path: PropertyKey[], message: string, hint: string) => void
): DateSpan | undefined {
	const untilMs = region.oldStyleUntil
		? Date.parse(`${region.oldStyleUntil}T00:00:00Z`)
		: undefined;
	if (dateOs === undefined) {
		if (untilMs !== undefined && oldStyleRequired(date, untilMs)) {
			report(
				['date'],
				`the event is in ${region.label} before ${region.oldStyleUntil}, when the Old Style calendar was in use, but has no date_os`,
				`add date_os: ${suggestOldStyle(date, untilMs)}`
			);
		}
		return undefined;
	}
	if (untilMs === undefined || !oldStyleApplies(date, untilMs)) {
		const why =
			untilMs === undefined
				? `region "${region.id}" never used the Old Style calendar here`
				: `${region.label} used the New Style from ${region.oldStyleUntil}`;
		report(['date_os'], `date_os is given but ${why}`, 'remove date_os, or correct date or region');
		return undefined;
	}
	const parsed = parseDateSpan(dateOs, 'julian');
	if (!parsed.ok) {
		report(['date_os'], parsed.problem.message, parsed.problem.hint);
		return undefined;
	}
	const mismatch = checkOldStyle(date, parsed.value, untilMs);
	if (mismatch) report(['date_os'], mismatch.message, mismatch.hint);
	return parsed.value;
}
