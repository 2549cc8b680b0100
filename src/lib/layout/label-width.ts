/**
 * A deterministic, slightly generous estimate of how wide a label renders, so the server and
 * every browser compute the same lanes (no hydration mismatch) and no real label is wider than
 * its slot (labels are clipped to the estimate with an ellipsis, so they never overlap).
 */

/** Advance widths in ems for a typical UI sans-serif, rounded up. */
function charEm(char: string): number {
	if (/[ijlI.,:;'’!|]/.test(char)) return 0.32;
	if (/[ frt()\-–]/.test(char)) return 0.4;
	if (/[mwMW]/.test(char)) return 0.92;
	if (/[A-Z]/.test(char)) return 0.72;
	if (/[0-9]/.test(char)) return 0.6;
	return 0.58;
}

/** estimateTextWidth('July Days', 14) → 71.4 (px) */
export function estimateTextWidth(text: string, fontPx: number): number {
	let ems = 0;
	for (const char of text) ems += charEm(char);
	return Math.ceil(ems * fontPx * 10) / 10;
}
