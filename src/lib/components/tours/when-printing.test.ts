import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenPrinting } from './when-printing';

/** A window whose print media query matches or not as the test says. */
function fakeWindow(printing: boolean) {
	const query = new EventTarget() as EventTarget & { matches: boolean };
	query.matches = printing;
	const target = new EventTarget();
	vi.stubGlobal('window', {
		matchMedia: () => query,
		addEventListener: target.addEventListener.bind(target),
		removeEventListener: target.removeEventListener.bind(target)
	});
	return {
		print(matches: boolean) {
			query.matches = matches;
			query.dispatchEvent(new Event('change'));
		},
		beforeprint: () => target.dispatchEvent(new Event('beforeprint'))
	};
}

const microtasks = () => new Promise<void>((done) => queueMicrotask(done));

afterEach(() => vi.unstubAllGlobals());

describe('whenPrinting', () => {
	it('starts when the print media query starts to match, and on beforeprint', async () => {
		const page = fakeWindow(false);
		const start = vi.fn();
		whenPrinting(start);
		await microtasks();
		expect(start).not.toHaveBeenCalled();
		page.print(true);
		expect(start).toHaveBeenCalledTimes(1);
		page.print(false);
		page.beforeprint();
		expect(start).toHaveBeenCalledTimes(2);
	});

	it('starts, after the current task, on a page already being printed', async () => {
		fakeWindow(true);
		const start = vi.fn();
		whenPrinting(start);
		expect(start).not.toHaveBeenCalled();
		await microtasks();
		expect(start).toHaveBeenCalledTimes(1);
	});

	it('does nothing once stopped, not even for a print begun before', async () => {
		const page = fakeWindow(true);
		const start = vi.fn();
		whenPrinting(start)();
		await microtasks();
		page.print(true);
		page.beforeprint();
		expect(start).not.toHaveBeenCalled();
	});
});
