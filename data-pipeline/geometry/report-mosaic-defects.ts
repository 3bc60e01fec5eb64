/**
 * `npx tsx data-pipeline/geometry/report-mosaic-defects.ts <layer.topojson> [gap width m]`: the spikes and wedge
 * gaps of a published layer (mosaic-defects.ts), counted and listed by region code. The gap width defaults to
 * the approximate buurt layer's (boundary-files.ts), the widest the geometry stage fills.
 */
import { readFileSync } from 'node:fs';
import { FALLBACK_BOUNDARY_FILES } from '../sources/boundary-files.ts';
import { describeDefects, findMosaicDefects } from './mosaic-defects.ts';

const [file, width] = process.argv.slice(2);
if (file === undefined) {
  process.stderr.write('usage: report-mosaic-defects.ts <layer.topojson> [gap width m]\n');
  process.exit(2);
}
const gapWidthM = width === undefined ? (FALLBACK_BOUNDARY_FILES.buurt?.gapM ?? 150) : Number(width);
const defects = findMosaicDefects(readFileSync(file, 'utf8'), gapWidthM);
const regions = new Set([...defects.spikes.map((s) => s.code), ...defects.gaps.flatMap((g) => g.codes)]);
process.stdout.write(`${file}: ${defects.spikes.length} spikes, ${defects.gaps.length} gaps under ${gapWidthM} m wide, in ${regions.size} regions\n`);
for (const line of describeDefects(defects)) process.stdout.write(`${line}\n`);
