/**
 * A deterministic, slightly generous estimate of how wide a label renders, so the server and
 * every browser compute the same lanes (no hydration mismatch) and no real label is wider than
 * its slot (labels are clipped to the estimate with an ellipsis, so they never overlap).
 */

/** Advance widths in ems, by character class, rounded up to cover the widest common UI sans (DejaVu Sans). */
const NARROW = "ijlI.,:;'’!|";
const THIN = ' frt()-–';
const WIDE = 'mwMW';
const OTHER = 0.63;

/**
 * Em widths by UTF-16 code unit, for every class above. Labels are measured while the timeline
 * first draws, before the engine has compiled anything, so a table lookup per code unit beats
 * iterating code points and asking sets.
 */
const EMS = new Float64Array(0x2020).fill(OTHER);
for (let code = 0x41; code <= 0x5a; code++) EMS[code] = 0.76;
for (let code = 0x30; code <= 0x39; code++) EMS[code] = 0.64;
for (const char of WIDE) EMS[char.charCodeAt(0)] = 0.98;
for (const char of THIN) EMS[char.charCodeAt(0)] = 0.44;
for (const char of NARROW) EMS[char.charCodeAt(0)] = 0.34;

/** estimateTextWidth('July Days', 14) → 76.3 (px) */
export function estimateTextWidth(text: string, fontPx: number): number {
	let ems = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		ems += code < EMS.length ? EMS[code]! : OTHER;
		// A character outside the Basic Multilingual Plane is two code units but one glyph.
		if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
			const next = text.charCodeAt(i + 1);
			if (next >= 0xdc00 && next < 0xe000) i++;
		}
	}
	return Math.ceil(ems * fontPx * 10) / 10;
}
