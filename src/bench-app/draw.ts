/** Draws the bench's events, or says why it cannot: the part of the bench script loaded beside its data. */
import { mount } from 'svelte';
import StandaloneTimeline from '$lib/components/timeline/StandaloneTimeline.svelte';
import type { BenchFetch } from '$lib/bench/fetch-bench-data';
import { loadBench } from '$lib/bench/load-bench';

export function draw(target: HTMLElement, fetched: BenchFetch) {
	const loaded = loadBench(fetched);
	if ('entries' in loaded) {
		mount(StandaloneTimeline, { target, props: { ...loaded, width: target.clientWidth } });
		return;
	}
	const message = document.createElement('p');
	message.setAttribute('role', 'alert');
	message.textContent = loaded.problem;
	target.append(message);
}
