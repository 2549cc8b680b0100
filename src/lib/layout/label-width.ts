/**
 * A deterministic, slightly generous estimate of how wide a label renders, so the server and
 * every browser compute the same lanes (no hydration mismatch) and no real label is wider than
 * its slot (labels are clipped to the estimate with an ellipsis, so they never overlap).
 */

/** Advance widths in ems, by character class, rounded up to cover the widest common UI sans (DejaVu Sans). */
const NARROW = new Set("ijlI.,:;'’!|");
const THIN = new Set(' frt()-–');
const WIDE = new Set('mwMW');

function charEm(char: string): number {
	if (NARROW.has(char)) return 0.34;
	if (THIN.has(char)) return 0.44;
	if (WIDE.has(char)) return 0.98;
	if (char >= 'A' && char <= 'Z') return 0.76;
	if (char >= '0' && char <= '9') return 0.64;
	return 0.63;
}

/** estimateTextWidth('July Days', 14) → 76.3 (px) */
export function estimateTextWidth(text: string, fontPx: number): number {
	let ems = 0;
	for (const char of text) ems += charEm(char);
	return Math.ceil(ems * fontPx * 10) / 10;
}
