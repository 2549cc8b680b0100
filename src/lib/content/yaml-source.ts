/**
 * YAML text → plain data plus a way back from a field path to its line and column.
 *
 * Trap: YAML 1.1 parsers (js-yaml) turn `1917-10-25` into a Date at local midnight; the `yaml`
 * package's default 1.2 core schema keeps it a string, which is what EDTF needs.
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	visit,
	type Document,
	type Node
} from 'yaml';
import { fieldPath, type ContentProblem } from './problem';

export interface YamlSource {
	data: unknown;
	problems: ContentProblem[];
	/** Line and column of the value at `path` (of its key with `at: 'key'`), or of its nearest ancestor. */
	locate(path: readonly PropertyKey[], at?: 'key' | 'value'): { line: number; column: number };
	/** A problem at `path`. */
	problem(
		path: readonly PropertyKey[],
		message: string,
		hint: string,
		at?: 'key' | 'value'
	): ContentProblem;
}

/**
 * Parses `text` from `file`; `firstLine` is the file line the text starts on (front matter
 * starts on line 2). YAML errors and warnings become problems; nothing is dropped.
 */
export function readYaml(file: string, text: string, firstLine = 1): YamlSource {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const position = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + firstLine - 1, column: col };
	};
	const locate = (path: readonly PropertyKey[], at: 'key' | 'value' = 'value') => {
		let node: unknown = doc.contents;
		let range = doc.contents?.range ?? [0, 0, 0];
		for (const key of path) {
			const child = childOf(node, key);
			if (!child) break;
			node = child.value;
			const target = at === 'key' && key === path.at(-1) ? child.key : child.value;
			range = (target as Node | null)?.range ?? child.key?.range ?? range;
		}
		return position(range[0]);
	};
	const problem = (
		path: readonly PropertyKey[],
		message: string,
		hint: string,
		at: 'key' | 'value' = 'value'
	): ContentProblem => ({ file, ...locate(path, at), field: fieldPath(path), message, hint });

	const problems = [...doc.errors, ...doc.warnings].map((error) => ({
		file,
		...position(error.pos[0]),
		field: '(yaml)',
		message: `YAML ${error.name === 'YAMLWarning' ? 'warning' : 'error'}: ${firstSentence(error.message)}`,
		hint: yamlHint(error.code)
	}));
	let data: unknown;
	if (!doc.errors.length) {
		try {
			data = doc.toJS({ maxAliasCount: 100 });
		} catch (error) {
			// Aliases fail only as they are expanded: one set before its anchor, or an alias bomb.
			problems.push({
				file,
				...position(firstAlias(doc)),
				field: '(yaml)',
				message: `YAML error: ${firstSentence(error instanceof Error ? error.message : String(error))}`,
				hint: 'content needs no anchors (&) or aliases (*): write each value out in full'
			});
		}
	}
	return { data, problems, locate, problem };
}

/** Offset of the document's first alias (`*name`), or 0. */
function firstAlias(doc: Document): number {
	let offset = 0;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0] ?? 0;
			return visit.BREAK;
		}
	});
	return offset;
}

function childOf(
	node: unknown,
	key: PropertyKey
): { key: Node | null; value: unknown } | undefined {
	if (isMap(node)) {
		const pair = node.items.find(
			(item) => isPair(item) && isScalar(item.key) && item.key.value === key
		);
		return pair ? { key: pair.key as Node, value: pair.value } : undefined;
	}
	if (isSeq(node) && typeof key === 'number') {
		const item = node.items[key];
		return item === undefined ? undefined : { key: null, value: item };
	}
	return undefined;
}

function firstSentence(message: string): string {
	return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
}

function yamlHint(code: string): string {
	switch (code) {
		case 'DUPLICATE_KEY':
			return 'each field may appear once; remove or merge the repeated one';
		case 'BAD_INDENT':
		case 'MISSING_CHAR':
			return 'check the indentation and that each list item starts with "- "';
		case 'BLOCK_AS_IMPLICIT_KEY':
		case 'MULTILINE_IMPLICIT_KEY':
			return 'a value containing ": " must be quoted, e.g. "…"';
		default:
			return 'fix the YAML syntax here; put text containing ": " or starting with a quote inside "…"';
	}
}
