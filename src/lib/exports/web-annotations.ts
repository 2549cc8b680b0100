/**
 * Every quoted passage as a W3C Web Annotation (https://www.w3.org/TR/annotation-model/): the
 * target is the essay, located both by the quote with its prefix and suffix
 * (TextQuoteSelector) and by character offsets into the essay's text (TextPositionSelector,
 * counted as in essayDocument); the body links the passage to its event.
 */
import type { Content } from '../content/model';
import { essayDocument } from './essay-document';

const AFFIX = 32;

export interface Annotation {
	id: string;
	type: 'Annotation';
	motivation: 'linking';
	body: { type: 'SpecificResource'; source: string; purpose: 'identifying' };
	target: {
		source: string;
		selector: [
			{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
			{ type: 'TextPositionSelector'; start: number; end: number }
		];
	};
}

export interface AnnotationCollection {
	'@context': 'http://www.w3.org/ns/anno.jsonld';
	id: string;
	type: 'AnnotationCollection';
	label: string;
	total: number;
	first: { type: 'AnnotationPage'; items: Annotation[] };
}

export function webAnnotations(
	content: Content,
	urls: { collection: string; event: (id: string) => string; essay: (id: string) => string }
): AnnotationCollection {
	const documents = new Map(content.essays.map((essay) => [essay.id, essayDocument(essay)]));
	const items = content.events.flatMap((event) =>
		event.accounts.flatMap((account) => {
			const document = documents.get(account.essay)!;
			return account.quotes.map((quote, index): Annotation => {
				const start = document.offset(quote.block, quote.start);
				const end = document.offset(quote.block, quote.end);
				return {
					id: `${urls.collection}#${event.id}/${account.essay}/${index + 1}`,
					type: 'Annotation',
					motivation: 'linking',
					body: { type: 'SpecificResource', source: urls.event(event.id), purpose: 'identifying' },
					target: {
						source: urls.essay(account.essay),
						selector: [
							{
								type: 'TextQuoteSelector',
								exact: quote.text,
								prefix: document.text.slice(Math.max(0, start - AFFIX), start),
								suffix: document.text.slice(end, end + AFFIX)
							},
							{ type: 'TextPositionSelector', start, end }
						]
					}
				};
			});
		})
	);
	return {
		'@context': 'http://www.w3.org/ns/anno.jsonld',
		id: urls.collection,
		type: 'AnnotationCollection',
		label:
			'Passages of the essays quoted by the Russian Revolution Timeline, linked to their events',
		total: items.length,
		first: { type: 'AnnotationPage', items }
	};
}
