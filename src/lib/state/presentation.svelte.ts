/**
 * Presentation mode for a projector: the page full screen, large type, high contrast, interface
 * chrome hidden (by CSS keyed on <html data-presenting>), stepped with a clicker or the keyboard.
 */
export class Presentation {
	#active = $state(false);

	get active() {
		return this.#active;
	}

	async enter() {
		this.#active = true;
		document.documentElement.dataset.presenting = 'true';
		try {
			await document.documentElement.requestFullscreen?.();
		} catch {
			// Full screen may be refused (an iframe, a browser setting); the mode works without it.
		}
	}

	async exit() {
		this.#active = false;
		delete document.documentElement.dataset.presenting;
		if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
	}

	/** Leaving full screen by the browser's own means (its Esc) leaves presentation mode too. */
	followFullscreen() {
		const onchange = () => {
			if (!document.fullscreenElement && this.#active) this.exit();
		};
		document.addEventListener('fullscreenchange', onchange);
		return () => document.removeEventListener('fullscreenchange', onchange);
	}
}

/**
 * Which way a key steps a presentation: → PageDown Space forward, ← PageUp Shift+Space back
 * (a presentation clicker sends PageDown and PageUp); 0 for any other key or one typed in a field.
 */
export function stepOf(event: KeyboardEvent): -1 | 0 | 1 {
	if (event.altKey || event.ctrlKey || event.metaKey) return 0;
	const target = event.target as HTMLElement | null;
	if (target?.closest?.('input, textarea, select, [contenteditable="true"]')) return 0;
	if (event.key === 'ArrowRight' || event.key === 'PageDown') return 1;
	if (event.key === 'ArrowLeft' || event.key === 'PageUp') return -1;
	if (event.key === ' ') return event.shiftKey ? -1 : 1;
	return 0;
}
