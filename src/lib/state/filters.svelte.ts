/** Which events the timeline shows: by theme, by region and by the essays that give accounts. */
import { createContext } from 'svelte';
import type { TimelineEntry } from '$lib/content/timeline-entry';

export type RegionFilter = 'all' | 'russia' | 'elsewhere';

export class Filters {
	/** Theme ids to show; none chosen shows every theme. */
	themes = $state<string[]>([]);
	region = $state<RegionFilter>('all');
	/** Essay id whose accounts to show, or '' for all essays. */
	essay = $state('');
	/** Only events where some account carries a note on where it differs. */
	contestedOnly = $state(false);

	get active(): boolean {
		return (
			this.themes.length > 0 || this.region !== 'all' || this.essay !== '' || this.contestedOnly
		);
	}

	matches = (entry: TimelineEntry): boolean => {
		if (this.themes.length && !entry.themes.some((theme) => this.themes.includes(theme))) {
			return false;
		}
		if (this.region === 'russia' && entry.region !== 'russia') return false;
		if (this.region === 'elsewhere' && entry.region === 'russia') return false;
		if (this.essay && !entry.essays.includes(this.essay)) return false;
		if (this.contestedOnly && !entry.contested) return false;
		return true;
	};

	toggleTheme(id: string) {
		this.themes = this.themes.includes(id)
			? this.themes.filter((theme) => theme !== id)
			: [...this.themes, id];
	}

	clear() {
		this.themes = [];
		this.region = 'all';
		this.essay = '';
		this.contestedOnly = false;
	}
}

export const [getFilters, setFilters] = createContext<Filters>();
