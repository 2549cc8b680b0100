import { describe, expect, it } from 'vitest';
import { utcMs } from './utc';
import { axisTicks, tickStep } from './ticks';

const CHANGE = utcMs(1918, 2, 14);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('tickStep', () => {
	const cases = [
		{ from: [1905, 1, 1], to: [1947, 1, 1], width: 1200, expected: { unit: 'year', every: 2 } },
		{ from: [1850, 1, 1], to: [2001, 1, 1], width: 1200, expected: { unit: 'year', every: 10 } },
		{ from: [1917, 1, 1], to: [1918, 1, 1], width: 1200, expected: { unit: 'month', every: 1 } },
		{ from: [1917, 11, 1], to: [1917, 11, 15], width: 1200, expected: { unit: 'day', every: 1 } },
		{ from: [1917, 7, 1], to: [1917, 9, 1], width: 1200, expected: { unit: 'day', every: 7 } },
		{ from: [1917, 11, 1], to: [1917, 12, 1], width: 1200, expected: { unit: 'day', every: 2 } },
		{ from: [1917, 1, 1], to: [1918, 1, 1], width: 360, expected: { unit: 'month', every: 3 } }
	] as const;
	for (const { from, to, width, expected } of cases) {
		it(`steps by ${expected.every} ${expected.unit} for ${from.join('-')} to ${to.join('-')} at ${width}px`, () => {
			expect(tickStep(utcMs(from[0], from[1], from[2]), utcMs(to[0], to[1], to[2]), width)).toEqual(
				expected
			);
		});
	}

	it('steps more finely as the window narrows', () => {
		const order = ['year', 'month', 'day'];
		let previous = tickStep(utcMs(1850, 1, 1), utcMs(2001, 1, 1), 1000);
		for (let days = 50_000; days > 2; days /= 2) {
			const step = tickStep(utcMs(1917, 1, 1), utcMs(1917, 1, 1) + days * 86_400_000, 1000);
			const finer =
				order.indexOf(step.unit) > order.indexOf(previous.unit) ||
				(step.unit === previous.unit && step.every <= previous.every);
			expect(finer).toBe(true);
			previous = step;
		}
	});
});

describe('axisTicks in the New Style', () => {
	it('labels month ticks with month names and January with its year', () => {
		const ticks = axisTicks(utcMs(1916, 12, 1), utcMs(1917, 4, 1), 800, 'new', CHANGE);
		expect(ticks.map((tick) => [iso(tick.ms), tick.label, tick.major])).toEqual([
			['1916-12-01', 'Dec', false],
			['1917-01-01', '1917', true],
			['1917-02-01', 'Feb', false],
			['1917-03-01', 'Mar', false],
			['1917-04-01', 'Apr', false]
		]);
	});

	it('labels day ticks with day and month', () => {
		const ticks = axisTicks(utcMs(1917, 11, 6), utcMs(1917, 11, 8), 800, 'new', CHANGE);
		expect(ticks.map((tick) => tick.label)).toEqual(['6 Nov', '7 Nov', '8 Nov']);
	});

	it('labels year ticks and marks decades as major', () => {
		const ticks = axisTicks(utcMs(1905, 1, 1), utcMs(1947, 1, 1), 1200, 'new', CHANGE);
		expect(ticks[0]).toEqual({ ms: utcMs(1906, 1, 1), label: '1906', major: false });
		expect(ticks.filter((tick) => tick.major).map((tick) => tick.label)).toEqual([
			'1910',
			'1920',
			'1930',
			'1940'
		]);
	});
});

describe('axisTicks at weekly steps', () => {
	it('drops the 29th when the 1st follows two days later', () => {
		const ticks = axisTicks(utcMs(1917, 11, 10), utcMs(1917, 12, 20), 800, 'new', CHANGE);
		expect(ticks.map((tick) => tick.label)).toEqual([
			'15 Nov',
			'22 Nov',
			'1 Dec',
			'8 Dec',
			'15 Dec'
		]);
	});
});

describe('axisTicks in the Old Style', () => {
	it('puts Old Style month boundaries 13 days later (1 March O.S. is 14 March N.S.)', () => {
		const ticks = axisTicks(utcMs(1917, 2, 1), utcMs(1917, 4, 30), 300, 'old', CHANGE);
		expect(ticks.map((tick) => [iso(tick.ms), tick.label])).toEqual([
			['1917-02-14', 'Feb'],
			['1917-03-14', 'Mar'],
			['1917-04-14', 'Apr']
		]);
	});

	it('labels the day of the October insurrection 25 Oct', () => {
		const ticks = axisTicks(utcMs(1917, 11, 6), utcMs(1917, 11, 8), 800, 'old', CHANGE);
		expect(ticks.map((tick) => [iso(tick.ms), tick.label])).toEqual([
			['1917-11-06', '24 Oct'],
			['1917-11-07', '25 Oct'],
			['1917-11-08', '26 Oct']
		]);
	});

	it('switches to the New Style at the change of calendar (1 February O.S. 1918 never happened)', () => {
		const ticks = axisTicks(utcMs(1918, 1, 1), utcMs(1918, 3, 31), 300, 'old', CHANGE);
		expect(ticks.map((tick) => [iso(tick.ms), tick.label])).toEqual([
			['1918-01-14', '1918'],
			['1918-03-01', 'Mar']
		]);
	});

	it('leaves a window after the change in the New Style', () => {
		const newStyle = axisTicks(utcMs(1921, 1, 1), utcMs(1921, 6, 1), 800, 'new', CHANGE);
		expect(axisTicks(utcMs(1921, 1, 1), utcMs(1921, 6, 1), 800, 'old', CHANGE)).toEqual(newStyle);
	});
});
