// The edtf package ships no types; this declares the one function we use.
declare module 'edtf' {
	/** One parsed EDTF date: values are [year, month0?, day?] (month counted from 0). */
	export interface ParsedDate {
		type: 'Date' | 'Year' | 'Season' | 'Decade' | 'Century' | 'Set' | 'List';
		level: number;
		values: number[];
		uncertain?: boolean | number;
		approximate?: boolean | number;
		unspecified?: number;
		timeZone?: string;
	}
	/** An interval; an open end (`..`) is Infinity, an unknown end null. */
	export interface ParsedInterval {
		type: 'Interval';
		level: number;
		values: [ParsedDate | number | null, ParsedDate | number | null];
	}
	export function parse(
		input: string,
		constraints?: { level?: number; types?: string[] }
	): ParsedDate | ParsedInterval;
}
