/**
 * The shape of every content file, as zod schemas, with one line of guidance per field that the
 * checker prints when that field is wrong. Cross-file rules (known essay, quote found, dates
 * agreeing) live in the validators; this file only knows single files.
 */
import { z } from 'zod';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** An id: the regex message completes the sentence '"Foo Bar" …'. */
const id = () => z.string().regex(KEBAB, 'is not kebab-case');
/** Text that says something; whitespace is kept as written, never trimmed away. */
const text = z.string().refine((value) => value.trim() !== '', { message: 'is empty' });
/** YAML reads `date: 1917` as a number; EDTF is text, so accept both and keep the text. */
const edtfText = z.union([z.string(), z.number()]).transform(String);
const lineNumber = z.number().int().positive();

export const accountSchema = z.strictObject({
	essay: id(),
	quotes: z.array(text).min(1),
	dated_as: text.optional(),
	note: text.optional()
});

export const eventSchema = z.strictObject({
	id: id(),
	title: text.max(120),
	date: edtfText,
	date_os: edtfText.optional(),
	place: text.optional(),
	region: id().default('russia'),
	summary: text.max(600),
	themes: z.array(id()).min(1),
	accounts: z.array(accountSchema).min(1)
});

export const essayFrontMatterSchema = z.strictObject({
	id: id(),
	title: text,
	titled: z.boolean(),
	collection: text.optional(),
	part: z.number().int().positive().optional(),
	source: text,
	lines: z.tuple([lineNumber, lineNumber]),
	perspective: text.optional(),
	perspective_quote: text.optional(),
	back_matter: z
		.array(z.strictObject({ kind: z.enum(['reading', 'notes']), starts_at: text }))
		.optional(),
	dropped: z.array(z.strictObject({ line: lineNumber, text: z.string(), reason: text })).optional(),
	also_in: z
		.array(z.strictObject({ source: text, lines: z.tuple([lineNumber, lineNumber]), note: text }))
		.optional()
});

const vocabularyEntry = z.strictObject({ id: id(), label: text, description: text });

export const vocabularySchema = z.strictObject({
	themes: z.array(vocabularyEntry).min(1),
	regions: z
		.array(
			vocabularyEntry.extend({
				old_style_until: z
					.string()
					.regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a YYYY-MM-DD date')
					.optional()
			})
		)
		.min(1)
});

export type EventFile = z.infer<typeof eventSchema>;
export type AccountFile = z.infer<typeof accountSchema>;
export type EssayFrontMatter = z.infer<typeof essayFrontMatterSchema>;
export type VocabularyFile = z.infer<typeof vocabularySchema>;

/**
 * What each field should hold, keyed by its path with list positions as `[]`;
 * printed as the "how to fix" part of a schema problem.
 */
export const FIELD_GUIDE: Record<string, string> = {
	id: 'kebab-case, the same as the file name without its extension, e.g. october-insurrection',
	title: 'the name historians use, at most 120 characters',
	date: 'an EDTF date in the New Style: 1917, 1917-11, 1917-11-07, or a span 1918-05/1920-11',
	date_os: 'the Old Style (Julian) date as EDTF, e.g. 1917-10-25',
	place: 'where it happened, e.g. Petrograd',
	region: 'an id from vocabulary.yaml regions, e.g. russia or usa',
	summary: '1–3 sentences in our own neutral words, at most 600 characters',
	themes: 'a list of theme ids from vocabulary.yaml, e.g. [soviets, insurrection]',
	'themes[]': 'a theme id from vocabulary.yaml',
	accounts: 'a list with one entry per essay that describes the event',
	'accounts[]': 'an entry with essay: and quotes:',
	'accounts[].essay': 'the id of an essay in essays/',
	'accounts[].quotes': 'a list of exact passages from that essay',
	'accounts[].quotes[]': 'an exact passage from the essay, in quotes',
	'accounts[].dated_as': 'how the essay itself dates the event, copied exactly',
	'accounts[].note': 'our neutral words on where this account differs',
	titled: 'true if the source gives the title, false if we wrote a descriptive one',
	collection: 'the name of the pamphlet or book the essay is a chapter of',
	part: 'the chapter number within the collection',
	source: 'the seed file name, e.g. 000_edb12b03f7981f6d.txt',
	lines: 'the first and last line in the source, e.g. [1, 35]',
	perspective: 'the standpoint the essay names for itself, e.g. anarchist',
	perspective_quote: 'the essay’s own words naming that standpoint, copied exactly',
	back_matter: 'a list of {kind: reading | notes, starts_at: first paragraph of that section}',
	dropped: 'a list of {line, text, reason} for source lines left out',
	also_in: 'a list of {source, lines, note} for other copies of this essay',
	themes_vocabulary: 'a list of {id, label, description}',
	regions: 'a list of {id, label, description, old_style_until?}',
	intro: 'a few sentences introducing the tour, in the teacher’s words',
	stops: 'a list of stops, each with event: and, if wanted, prompt: and accounts:',
	'stops[]': 'a stop: event: an event id; prompt: a question; accounts: [essay ids]',
	'stops[].event': 'the id of a file in events/',
	'stops[].prompt': 'a prompt or question, in the teacher’s words',
	'stops[].accounts': 'the essay ids of the accounts to put forward, e.g. [gavril-myasnikov]'
};
