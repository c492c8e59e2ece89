import {
  DEFAULT_WINDOW_HEIGHT,
  DEFAULT_WINDOW_WIDTH,
  MIN_WINDOW_HEIGHT,
  MIN_WINDOW_WIDTH,
  type DisplayArea,
  type Rectangle,
  type WindowState,
} from './windowState';

/**
 * Turns the saved window state (whatever JSON the file held) into bounds that are on a
 * display that exists now: monitors get unplugged and resolutions change between runs, and
 * a window restored off-screen looks like an app that did not start.
 *
 * `displays` lists the primary display first; the default window is centred on it.
 */
export function restoreWindowBounds(saved: unknown, displays: readonly DisplayArea[]): WindowState {
  const primary = displays[0]?.workArea;
  const state = parseWindowState(saved);
  if (state !== null) {
    const display = bestDisplayFor(state.bounds, displays);
    if (display !== null) return { bounds: clampOnto(state.bounds, display), isMaximized: state.isMaximized };
  }
  return { bounds: centredDefault(primary), isMaximized: false };
}

function parseWindowState(saved: unknown): WindowState | null {
  if (!isRecord(saved) || !isRecord(saved.bounds)) return null;
  const { x, y, width, height } = saved.bounds;
  if (!isCoordinate(x) || !isCoordinate(y) || !isSize(width) || !isSize(height)) return null;
  return { bounds: { x, y, width, height }, isMaximized: saved.isMaximized === true };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 100_000;
}

function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 100_000;
}

/** The work area the window overlaps most, or null when it is on none of them. */
function bestDisplayFor(bounds: Rectangle, displays: readonly DisplayArea[]): Rectangle | null {
  let best: Rectangle | null = null;
  let bestArea = 0;
  for (const { workArea } of displays) {
    const area = overlapArea(bounds, workArea);
    if (area > bestArea) {
      best = workArea;
      bestArea = area;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clampOnto(bounds: Rectangle, area: Rectangle): Rectangle {
  const width = clamp(bounds.width, Math.min(MIN_WINDOW_WIDTH, area.width), area.width);
  const height = clamp(bounds.height, Math.min(MIN_WINDOW_HEIGHT, area.height), area.height);
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

function centredDefault(area: Rectangle | undefined): Rectangle {
  if (area === undefined) return { x: 0, y: 0, width: DEFAULT_WINDOW_WIDTH, height: DEFAULT_WINDOW_HEIGHT };
  const width = Math.min(DEFAULT_WINDOW_WIDTH, area.width);
  const height = Math.min(DEFAULT_WINDOW_HEIGHT, area.height);
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
