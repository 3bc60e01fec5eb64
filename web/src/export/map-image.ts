/**
 * "Kaart als PNG": the map's own pixels with a title, the legend and the sources drawn beside them on one
 * canvas, so the picture still says what it shows when it is pasted into a report.
 *
 * The map is one WebGL canvas (MapLibre draws the choropleth and the context). That canvas keeps no
 * drawing buffer (no `preserveDrawingBuffer`, which would slow every frame), so the copy is taken inside
 * MapLibre's "render" event, right after a frame is painted and before the browser may clear it.
 */
import { t } from '../i18n/nl.ts';
import { hatchImage } from '../map/style.ts';
import type { LegendRow } from '../map/legend-model.ts';

/** The part of a MapLibre map that capturing needs. */
export interface CapturableMap {
  getCanvas(): HTMLCanvasElement;
  once(type: 'render' | 'idle', listener: () => void): unknown;
  areTilesLoaded(): boolean;
  triggerRepaint(): void;
}

export interface MapCapture {
  canvas: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel (MapLibre draws at the device pixel ratio). */
  scale: number;
}

/** A canvas's 2D context; a browser that cannot give one makes the export fail with a Dutch reason. */
function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('export.noPng'));
  return ctx;
}

/**
 * A 2D copy of the map as it is once drawn: the next frame it paints after its tiles are loaded. A frame painted
 * while they still load (an export right after a switch of level) is not the map the user sees a moment later.
 */
export function captureMapCanvas(map: CapturableMap, timeoutMs = 20_000): Promise<MapCapture> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(t('export.noFrame'))), timeoutMs);
    const copyNextFrame = (): void => {
      map.once('render', () => {
        clearTimeout(timer);
        try {
          const source = map.getCanvas();
          const copy = document.createElement('canvas');
          copy.width = source.width;
          copy.height = source.height;
          context2d(copy).drawImage(source, 0, 0);
          resolve({ canvas: copy, scale: source.clientWidth > 0 ? source.width / source.clientWidth : 1 });
        } catch (e) {
          reject(e instanceof Error ? e : new Error(String(e)));
        }
      });
      map.triggerRepaint();
    };
    if (map.areTilesLoaded()) copyNextFrame();
    else map.once('idle', copyNextFrame);
  });
}

export interface MapImageText {
  title: string;
  subtitle: string;
  legend: { title: string; subtitle: string; rows: readonly LegendRow[]; note: string };
  /** Small print under the map, one paragraph each (wrapped to the image width). */
  footer: readonly string[];
}

/** Greedy word wrap; a word wider than the line stands on a line of its own. */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

// Layout in CSS pixels; everything is drawn at the map canvas's device-pixel ratio.
const PAD = 20;
const LEGEND_WIDTH = 250;
const INK = '#1b2430';
const MUTED = '#4d5866';
const NAVY = '#0b1f33';
const LINE = '#d5dbe1';
const SWATCH_BORDER = 'rgba(0, 0, 0, 0.18)';

const font = (family: string, size: number, weight = 400): string => `${weight} ${size}px ${family}`;

/**
 * Title above; the map at its on-screen size with the legend to its right; the small print below.
 * `scale` is canvas pixels per CSS pixel of the map (its devicePixelRatio).
 */
export function composeMapImage(map: HTMLCanvasElement, text: MapImageText, scale: number, fontFamily: string): HTMLCanvasElement {
  const mapW = map.width / scale;
  const mapH = map.height / scale;
  const width = PAD + mapW + PAD + LEGEND_WIDTH + PAD;
  const out = document.createElement('canvas');
  const ctx = context2d(out);
  const measureWith = (f: string) => (s: string) => {
    ctx.font = f;
    return ctx.measureText(s).width;
  };

  // --- measure ---------------------------------------------------------------------------------------
  const titleFont = font(fontFamily, 20, 700);
  const subFont = font(fontFamily, 13);
  const legendTitleFont = font(fontFamily, 14, 700);
  const legendFont = font(fontFamily, 12);
  const noteFont = font(fontFamily, 11.5);
  const smallFont = font(fontFamily, 11);
  const inner = width - 2 * PAD;
  const titleLines = wrapText(text.title, inner, measureWith(titleFont));
  const subLines = wrapText(text.subtitle, inner, measureWith(subFont));
  const headerH = PAD + titleLines.length * 26 + subLines.length * 18 + 12;
  const legendInner = LEGEND_WIDTH - 24;
  const lTitle = wrapText(text.legend.title, legendInner, measureWith(legendTitleFont));
  const lSub = wrapText(text.legend.subtitle, legendInner, measureWith(legendFont));
  const lNote = wrapText(text.legend.note, legendInner, measureWith(noteFont));
  const legendH = 12 + lTitle.length * 18 + lSub.length * 16 + 8 + text.legend.rows.length * 21 + 6 + lNote.length * 15 + 12;
  const footLines = text.footer.map((p) => wrapText(p, inner, measureWith(smallFont)));
  const footH = footLines.reduce((n, p) => n + p.length * 15 + 4, 0);
  const bodyH = Math.max(mapH, legendH);
  const height = headerH + bodyH + 14 + footH + PAD;

  out.width = Math.round(width * scale);
  out.height = Math.round(height * scale);
  ctx.scale(scale, scale);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  // --- header ----------------------------------------------------------------------------------------
  let y = PAD;
  ctx.fillStyle = NAVY;
  ctx.font = titleFont;
  for (const l of titleLines) ctx.fillText(l, PAD, (y += 26) - 6);
  ctx.fillStyle = MUTED;
  ctx.font = subFont;
  for (const l of subLines) ctx.fillText(l, PAD, (y += 18) - 5);

  // --- map -------------------------------------------------------------------------------------------
  const mapY = headerH;
  ctx.drawImage(map, PAD, mapY, mapW, mapH);
  ctx.strokeStyle = LINE;
  ctx.lineWidth = 1;
  ctx.strokeRect(PAD - 0.5, mapY - 0.5, mapW + 1, mapH + 1);

  // --- legend ----------------------------------------------------------------------------------------
  const lx = PAD + mapW + PAD;
  ctx.strokeRect(lx + 0.5, mapY + 0.5, LEGEND_WIDTH - 1, legendH - 1);
  let ly = mapY + 12;
  const tx = lx + 12;
  ctx.fillStyle = NAVY;
  ctx.font = legendTitleFont;
  for (const l of lTitle) ctx.fillText(l, tx, (ly += 18) - 4);
  ctx.fillStyle = MUTED;
  ctx.font = legendFont;
  for (const l of lSub) ctx.fillText(l, tx, (ly += 16) - 4);
  ly += 8;
  const hatch = hatchPattern(ctx, scale);
  for (const row of text.legend.rows) {
    const sy = ly + 3;
    ctx.fillStyle = row.kind === 'below_min' ? (hatch ?? row.color) : row.color;
    ctx.fillRect(tx, sy, 22, 14);
    ctx.strokeStyle = SWATCH_BORDER;
    ctx.strokeRect(tx + 0.5, sy + 0.5, 21, 13);
    ctx.font = legendFont;
    ctx.fillStyle = INK;
    ctx.fillText(row.label, tx + 30, ly + 15);
    ctx.fillStyle = MUTED;
    ctx.textAlign = 'right';
    ctx.fillText(row.count, lx + LEGEND_WIDTH - 12, ly + 15);
    ctx.textAlign = 'left';
    ly += 21;
  }
  ly += 6;
  ctx.fillStyle = MUTED;
  ctx.font = noteFont;
  for (const l of lNote) ctx.fillText(l, tx, (ly += 15) - 4);

  // --- small print -----------------------------------------------------------------------------------
  let fy = headerH + bodyH + 14;
  ctx.font = smallFont;
  ctx.fillStyle = MUTED;
  for (const paragraph of footLines) {
    for (const l of paragraph) ctx.fillText(l, PAD, (fy += 15) - 4);
    fy += 4;
  }
  return out;
}

/** The map's hatch for "te weinig inwoners", as a canvas pattern at the image's pixel density. */
function hatchPattern(ctx: CanvasRenderingContext2D, scale: number): CanvasPattern | null {
  const ratio = Math.max(1, Math.round(scale));
  const img = hatchImage(6, ratio);
  const tile = document.createElement('canvas');
  tile.width = img.width;
  tile.height = img.height;
  context2d(tile).putImageData(new ImageData(new Uint8ClampedArray(img.data), img.width, img.height), 0, 0);
  const pattern = ctx.createPattern(tile, 'repeat');
  // The context is scaled; undo that for the pattern so one tile pixel is one image pixel.
  pattern?.setTransform(new DOMMatrix().scale(1 / scale, 1 / scale));
  return pattern;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('export.noPng')))), 'image/png'));
}
