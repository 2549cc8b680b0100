/** What an account card or essay list needs to name an essay, without its text. */
import type { Essay } from './model';

export type EssayMeta = Pick<
	Essay,
	'id' | 'title' | 'titled' | 'collection' | 'part' | 'source' | 'perspective' | 'perspectiveQuote'
>;

export function essayMeta(essay: Essay): EssayMeta {
	const { id, title, titled, collection, part, source, perspective, perspectiveQuote } = essay;
	return { id, title, titled, collection, part, source, perspective, perspectiveQuote };
}
