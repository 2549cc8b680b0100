/** Turns zod's issues into content problems that say what is wrong and how to fix it. */
import type { z } from 'zod';
import { FIELD_GUIDE } from './schema';
import { fieldPath, type ContentProblem } from './problem';
import type { YamlSource } from './yaml-source';

/** guideKey(['accounts', 0, 'quotes', 2]) → 'accounts[].quotes[]' */
function guideKey(path: readonly PropertyKey[]): string {
	return path
		.map((key, i) => (typeof key === 'number' ? '[]' : `${i ? '.' : ''}${String(key)}`))
		.join('');
}

function guide(path: readonly PropertyKey[]): string {
	return FIELD_GUIDE[guideKey(path)] ?? 'see the field list in README.md';
}

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'a set of fields';
	if (typeof value === 'string') return 'text';
	return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of fields',
	tuple: 'a list'
};

/** The closest of `candidates` to `word` within two edits, for "did you mean" hints. */
function closest(word: string, candidates: readonly string[]): string | undefined {
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(word, candidate);
		if (distance <= 2 && (!best || distance < best.distance)) best = { candidate, distance };
	}
	return best?.candidate;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? 0) + 1,
				(current[j - 1] ?? 0) + 1,
				(previous[j - 1] ?? 0) + cost
			);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** The value at `path` in `data`, for describing what was found. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let value = data;
	for (const key of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[key];
	}
	return value;
}

/** The field names the schema allows in the object at `path`. */
function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
	const inner = (def.innerType ?? def.in) as z.core.$ZodType | undefined;
	if (inner) return fieldsAt(inner, path);
	if (def.type === 'object') {
		const shape = def.shape as Record<string, z.core.$ZodType>;
		const [key, ...rest] = path;
		const child = key === undefined ? undefined : shape[String(key)];
		return child ? fieldsAt(child, rest) : Object.keys(shape);
	}
	if (def.type === 'array' && path.length) {
		return fieldsAt(def.element as z.core.$ZodType, path.slice(1));
	}
	return [];
}

/** Every issue of a failed zod parse against `schema`, as a located problem. */
export function schemaProblems(
	source: YamlSource,
	schema: z.core.$ZodType,
	issues: readonly z.core.$ZodIssue[]
): ContentProblem[] {
	return issues.flatMap((issue): ContentProblem[] => {
		const path = issue.path;
		const found = valueAt(source.data, path);
		switch (issue.code) {
			case 'unrecognized_keys':
				return issue.keys.map((key) => {
					const fields = fieldsAt(schema, path);
					const suggestion = closest(key, fields);
					const hint = suggestion
						? `did you mean "${suggestion}"?`
						: `remove it; known fields here: ${fields.join(', ')}`;
					return source.problem([...path, key], `unknown field "${key}"`, hint, 'key');
				});
			case 'invalid_type': {
				const field = String(path.at(-1) ?? 'value');
				if (found === undefined) {
					const atParent = source.problem(
						path.slice(0, -1),
						`missing required field "${field}"`,
						`add ${field}: ${guide(path)}`
					);
					return [{ ...atParent, field: fieldPath(path) }];
				}
				const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
				return [
					source.problem(path, `expected ${expected}, found ${describeValue(found)}`, guide(path))
				];
			}
			case 'too_small':
				if (issue.origin === 'array') {
					const message =
						Array.isArray(found) && found.length
							? `needs at least ${issue.minimum} items`
							: 'is empty';
					return [source.problem(path, message, `give at least ${issue.minimum}: ${guide(path)}`)];
				}
				return [source.problem(path, 'is empty', guide(path))];
			case 'too_big':
				if (issue.origin === 'array') {
					return [source.problem(path, `has more than ${issue.maximum} items`, guide(path))];
				}
				return [
					source.problem(
						path,
						`is ${String(found).length} characters long, more than ${issue.maximum}`,
						guide(path)
					)
				];
			case 'invalid_format':
				return [source.problem(path, `"${String(found)}" ${issue.message}`, guide(path))];
			case 'invalid_union':
				return [source.problem(path, `expected text, found ${describeValue(found)}`, guide(path))];
			case 'invalid_value':
				return [
					source.problem(
						path,
						`"${String(found)}" is not one of ${issue.values.map(String).join(', ')}`,
						guide(path)
					)
				];
			default:
				return [source.problem(path, issue.message, guide(path))];
		}
	});
}
