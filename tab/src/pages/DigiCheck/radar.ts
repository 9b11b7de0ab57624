/**
 * The geometry of the DigiCheck radar: one axis per dimension from the centre (level 0) to the
 * rim (level 4), the first at the top and the others clockwise; a series is the closed polygon
 * through its levels. DOM-free, unit-tested in Node (tests/tab/digicheck.logic.test.ts).
 */

/** A point in the drawing's coordinates (SVG: y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** Where the radar sits in its drawing: centre, radius of level `max`, and the scale's top. */
export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** The level at the rim (4 for DigiCheck). */
  max: number;
  /** Number of axes (6 dimensions). */
  axes: number;
}

/** The angle of axis `index` in radians: 0 at the top, clockwise. */
export function axisAngle(frame: RadarFrame, index: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / frame.axes;
}

/** The point of `level` on axis `index` (levels outside 0…max are clamped to the drawing). */
export function radarPoint(frame: RadarFrame, index: number, level: number): Point {
  const clamped = Math.min(Math.max(level, 0), frame.max);
  const r = (frame.radius * clamped) / frame.max;
  const angle = axisAngle(frame, index);
  return { x: frame.cx + r * Math.cos(angle), y: frame.cy + r * Math.sin(angle) };
}

/** An SVG `points` list of the closed polygon through `levels` (one per axis, in axis order). */
export function polygonPoints(frame: RadarFrame, levels: readonly number[]): string {
  return levels
    .map((level, index) => radarPoint(frame, index, level))
    .map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ');
}

/** Where an axis label goes (just outside the rim) and how its text is anchored there. */
export interface LabelPlace extends Point {
  anchor: 'start' | 'middle' | 'end';
  /** Labels at the top grow upwards (their last line sits at `y`), others downwards from `y`. */
  growsUp: boolean;
}

/** The place of axis `index`'s label, `gap` outside the rim. */
export function labelPlace(frame: RadarFrame, index: number, gap: number): LabelPlace {
  const angle = axisAngle(frame, index);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const r = frame.radius + gap;
  const anchor = Math.abs(cos) < 0.1 ? 'middle' : cos > 0 ? 'start' : 'end';
  return { x: frame.cx + r * cos, y: frame.cy + r * sin, anchor, growsUp: sin < -0.1 };
}

/**
 * Breaks a label into lines of at most `width` characters at spaces (a longer word keeps its own
 * line), so long dimension titles fit beside the radar.
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
