/** utcMs(1917, 11, 7) → -1645747200000: midnight UTC on a Gregorian day, for any year. */
export function utcMs(year: number, month: number, day: number): number {
	// setUTCFullYear, because Date.UTC maps years 0–99 to 1900–1999.
	const date = new Date(0);
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime();
}
