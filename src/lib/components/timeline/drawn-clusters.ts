/**
 * Clusters drawn on a canvas instead of made into elements, for views dense enough that hundreds
 * of them are in sight at once (thousands of events). Every zoom step regroups them, and as
 * elements each regrouping meant new counts, widths and positions to lay out for hundreds of
 * boxes: more than a frame. Drawn, a frame costs a few hundred rectangles and short texts.
 *
 * The boxes are the elements' boxes (see `.cluster` in EventNodes): a cluster is at least
 * CLUSTER_MIN_WIDTH wide and the row's height, with its badge pushed right to stay in view.
 */

/** Above this many clusters in a band's view, the band draws them instead of making elements. */
export const DRAWN_ABOVE = 60;

/** Shared with the cluster elements, so drawn and made clusters take the same room. */
export const CLUSTER_MIN_WIDTH = 28;
/** Room kept for the badge at the end of a cluster that began before the view. */
export const BADGE_ROOM = 30;
/** The badge starts this far from the cluster's start (it overhangs it a little). */
export const BADGE_SHIFT = -4;
const BADGE_MIN_WIDTH = 26;
const BADGE_PADDING = 6;

export type ClusterKind = 'point' | 'span';

/** A cluster's box in the band's pixels, and what its badge says. */
export interface ClusterBox<T> {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Where its badge starts, from the box's left, and how wide it is. */
	inset: number;
	badge: number;
	count: number;
	node: T;
}

/** How tall a cluster of each kind is, and where its box starts below its row's top. */
const SHAPE: Record<ClusterKind, { height: number; dy: number; badge: number; font: number }> = {
	point: { height: 22, dy: 0, badge: 20, font: 12 },
	span: { height: 15, dy: 1, badge: 15, font: 11 }
};

/**
 * The boxes of `clusters`, given their start and end in pixels from the view's left and their
 * row; as the elements place them, including the badge kept on screen for a cluster that began
 * before the view.
 */
export function clusterBoxes<T>(
	clusters: readonly { node: T; left: number; right: number; row: number; count: number }[],
	kind: ClusterKind,
	rowHeight: number
): ClusterBox<T>[] {
	const shape = SHAPE[kind];
	return clusters.map(({ node, left, right, row, count }) => {
		const width = Math.max(CLUSTER_MIN_WIDTH, right - left);
		const inset =
			left >= 0
				? BADGE_SHIFT
				: Math.max(0, Math.min(-left, right - left - BADGE_ROOM)) + BADGE_SHIFT;
		return {
			x: left,
			y: row * rowHeight + shape.dy,
			width,
			height: shape.height,
			inset,
			badge: badgeWidth(count, shape.font),
			count,
			node
		};
	});
}

/** The cluster under a point in the band's pixels, if any; the last drawn wins, as on screen. */
export function clusterAt<T>(
	boxes: readonly ClusterBox<T>[],
	x: number,
	y: number
): ClusterBox<T> | undefined {
	for (let k = boxes.length - 1; k >= 0; k--) {
		const box = boxes[k]!;
		const badgeEnd = box.x + box.inset + box.badge;
		if (
			x >= box.x + Math.min(0, box.inset) &&
			x <= Math.max(box.x + box.width, badgeEnd) &&
			y >= box.y &&
			y <= box.y + box.height
		) {
			return box;
		}
	}
	return undefined;
}

/** A badge's width for a count, from its digits: the badge font's digits are all one width. */
function badgeWidth(count: number, font: number): number {
	return Math.max(BADGE_MIN_WIDTH, String(count).length * font * 0.62 + 2 * BADGE_PADDING);
}

export interface ClusterColours {
	cluster: string;
	paper: string;
	fontFamily: string;
}

/** The part of CanvasRenderingContext2D the drawing uses, so tests can record it. */
export type ClusterPen = Pick<
	CanvasRenderingContext2D,
	| 'clearRect'
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'stroke'
	| 'fill'
	| 'roundRect'
	| 'fillText'
	| 'setLineDash'
	| 'setTransform'
	| 'fillStyle'
	| 'strokeStyle'
	| 'lineWidth'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
	| 'globalAlpha'
>;

/** Draws `boxes` as the elements look: a dotted line or a pale bar, and a badge with the count. */
export function drawClusters(
	pen: ClusterPen,
	boxes: readonly ClusterBox<unknown>[],
	kind: ClusterKind,
	colours: ClusterColours,
	size: { width: number; height: number; scale: number }
): void {
	const shape = SHAPE[kind];
	pen.setTransform(size.scale, 0, 0, size.scale, 0, 0);
	pen.clearRect(0, 0, size.width, size.height);
	pen.fillStyle = colours.cluster;
	pen.strokeStyle = colours.cluster;
	// The extents, all in one path: a dotted line through a point cluster, a pale bar for spans.
	pen.beginPath();
	if (kind === 'point') {
		pen.lineWidth = 2;
		pen.setLineDash([2, 2]);
		for (const box of boxes) {
			const y = box.y + box.height / 2;
			pen.moveTo(box.x, y);
			pen.lineTo(box.x + box.width, y);
		}
		pen.stroke();
		pen.setLineDash([]);
	} else {
		for (const box of boxes) pen.roundRect(box.x, box.y + 3, box.width, box.height - 6, 4);
		pen.globalAlpha = 0.22;
		pen.fill();
		pen.globalAlpha = 1;
	}
	pen.beginPath();
	const badgeTop = (shape.height - shape.badge) / 2;
	for (const box of boxes) {
		pen.roundRect(box.x + box.inset, box.y + badgeTop, box.badge, shape.badge, shape.badge / 2);
	}
	pen.fill();
	pen.fillStyle = colours.paper;
	pen.font = `700 ${shape.font}px ${colours.fontFamily}`;
	pen.textAlign = 'center';
	pen.textBaseline = 'middle';
	for (const box of boxes) {
		pen.fillText(
			String(box.count),
			box.x + box.inset + box.badge / 2,
			box.y + badgeTop + shape.badge / 2 + 1
		);
	}
}
