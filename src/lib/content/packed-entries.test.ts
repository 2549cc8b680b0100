import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timelineEntries } from '$lib/server/timeline-data';
import type { CalendarDate } from '../time/calendar-date';
import type { DateSpan } from '../time/historical-date';
import { packEntries, unpackEntries } from './packed-entries';
import type { TimelineEntry } from './timeline-entry';

const DAY = 86_400_000;

const calendarDate: fc.Arbitrary<CalendarDate> = fc
	.record({
		year: fc.integer({ min: -500, max: 2100 }),
		month: fc.integer({ min: 1, max: 12 }),
		day: fc.integer({ min: 1, max: 28 }),
		precision: fc.constantFrom('year', 'month', 'day') as fc.Arbitrary<CalendarDate['precision']>,
		uncertain: fc.boolean(),
		approximate: fc.boolean()
	})
	.map(({ month, day, ...date }) => ({
		...date,
		...(date.precision !== 'year' ? { month } : {}),
		...(date.precision === 'day' ? { day } : {})
	}));

const span: fc.Arbitrary<DateSpan> = fc.oneof(
	calendarDate.map((start) => ({ start })),
	fc.tuple(calendarDate, calendarDate).map(([start, end]) => ({ start, end }))
);

const name = fc.string({ minLength: 1, maxLength: 12 });

const entry: fc.Arbitrary<TimelineEntry> = fc
	.record({
		id: name,
		title: fc.string({ maxLength: 40 }),
		startDay: fc.integer({ min: -60_000, max: 20_000 }),
		length: fc.integer({ min: 1, max: 5000 }),
		date: span,
		dateOs: fc.option(span, { nil: undefined }),
		place: fc.option(name, { nil: undefined }),
		region: name,
		themes: fc.array(name, { maxLength: 4 }),
		essays: fc.array(name, { maxLength: 4 }),
		contested: fc.boolean()
	})
	.map(({ startDay, length, dateOs, place, ...rest }) => ({
		...rest,
		startMs: startDay * DAY,
		endMs: (startDay + length) * DAY,
		span: rest.date.end !== undefined,
		...(dateOs ? { dateOs } : {}),
		...(place ? { place } : {})
	}));

describe('packed timeline entries', () => {
	it('unpack to exactly the entries packed, for any entries', () => {
		fc.assert(
			fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
				expect(unpackEntries(packEntries(entries))).toStrictEqual(entries);
			})
		);
	});

	it('carry every real event as plain JSON would, in well under half the bytes', () => {
		const entries = timelineEntries();
		const plain = JSON.stringify(entries);
		const packed = packEntries(entries);
		expect(unpackEntries(packed)).toStrictEqual(JSON.parse(plain));
		expect(packed.length).toBeLessThan(plain.length * 0.45);
	});

	it('refuse a bound that is not midnight UTC, naming the event', () => {
		const [first] = timelineEntries();
		expect(() => packEntries([{ ...first!, startMs: first!.startMs + 1 }])).toThrow(first!.id);
	});

	it('refuse a date whose precision does not follow from its fields', () => {
		const [first] = timelineEntries();
		const date = { start: { ...first!.date.start, precision: 'year' as const, month: 3 } };
		expect(() => packEntries([{ ...first!, date }])).toThrow(/precision/);
	});
});
