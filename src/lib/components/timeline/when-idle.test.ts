import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './when-idle';

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	/** A browser whose idle periods offer `offered` ms and whose clock moves only when told. */
	function idleBrowser(offered: number) {
		let now = 0;
		const waiting = new Map<number, IdleRequestCallback>();
		let next = 1;
		vi.stubGlobal('performance', { now: () => now });
		vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
			waiting.set(next, callback);
			return next++;
		});
		vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.delete(id));
		return {
			advance: (ms: number) => (now += ms),
			waiting: () => waiting.size,
			idle() {
				const [id, callback] = [...waiting][0]!;
				waiting.delete(id);
				const start = now;
				callback({ didTimeout: false, timeRemaining: () => Math.max(0, offered - (now - start)) });
			}
		};
	}

	it('keeps each task to a short slice of a long idle period, and goes on while asked', () => {
		const browser = idleBrowser(50);
		const slices: number[] = [];
		let work = 30;
		whenIdle((timeLeft) => {
			let done = 0;
			while (work > 0 && timeLeft() > 0) {
				browser.advance(1);
				work--;
				done++;
			}
			slices.push(done);
			return work > 0;
		});
		while (browser.waiting()) browser.idle();
		expect(slices).toEqual([8, 8, 8, 6]);
	});

	it('stops when cancelled', () => {
		const browser = idleBrowser(50);
		const step = vi.fn(() => true);
		const cancel = whenIdle(step);
		browser.idle();
		cancel();
		expect(browser.waiting()).toBe(0);
		expect(step).toHaveBeenCalledTimes(1);
	});

	it('falls back to a timer where the browser cannot say when it is idle', () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', undefined);
		const step = vi.fn((timeLeft: () => number) => timeLeft() > 0 && timeLeft() <= 8);
		whenIdle(step);
		vi.advanceTimersByTime(1000);
		expect(step.mock.calls.length).toBeGreaterThan(1);
		expect(step.mock.results.every((result) => result.value === true)).toBe(true);
	});
});
