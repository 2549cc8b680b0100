/** One thing wrong with the content, located precisely enough to jump to it from a terminal. */
export interface ContentProblem {
	/** Path from the project root, e.g. `events/kronstadt-rebellion.yaml`. */
	file: string;
	line: number;
	column: number;
	/** The field at fault, e.g. `accounts[1].quotes[0]`, or `(file)` for the file as a whole. */
	field: string;
	/** What is wrong. */
	message: string;
	/** How to fix it. */
	hint: string;
}

/** formatProblem(p) → 'events/x.yaml:4:7  date  "1917-13" is not an EDTF date — write …' */
export function formatProblem(problem: ContentProblem): string {
	const { file, line, column, field, message, hint } = problem;
	return `${file}:${line}:${column}  ${field}  ${message} — ${hint}`;
}

/** Problems in reading order: by file, then line, then column. */
export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
	return [...problems].sort(
		(a, b) =>
			(a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column
	);
}

/** fieldPath(['accounts', 1, 'quotes', 0]) → 'accounts[1].quotes[0]' */
export function fieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(file)';
	return path
		.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
		.join('');
}
