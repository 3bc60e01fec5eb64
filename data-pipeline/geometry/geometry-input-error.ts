/**
 * A problem in a boundary file. The message names the file, the feature (its index in the
 * `features` / `geometries` array, and its code when known) and the field, e.g.
 *   `wijken_2024.geojson, features[12] (WK001400), field "geometry.coordinates[0][3]": ...`
 * The format follows data-pipeline's DataError ("file, record, field: problem"); this folder keeps
 * its own class so it has no dependency outside data-pipeline/geometry and publish/contract.ts.
 */
export interface GeometryInputLocation {
  file: string;
  /** JSON path of the feature, e.g. `features[12]` or `objects.provincie_2024.geometries[3]`. */
  feature?: string;
  /** Region code of the feature, when it could be read. */
  code?: string;
  /** Field inside the feature (or the document), e.g. `properties.wijkcode`. */
  field?: string;
}

export class GeometryInputError extends Error {
  /** What it was made from: a worker thread sends these, and the main thread makes the same error again. */
  readonly location: GeometryInputLocation;
  readonly problem: string;

  constructor(location: GeometryInputLocation, problem: string) {
    const where = [
      location.file,
      location.feature === undefined ? null : location.code === undefined ? location.feature : `${location.feature} (${location.code})`,
      location.field === undefined ? null : `field "${location.field}"`,
    ]
      .filter((part) => part !== null)
      .join(', ');
    super(`${where}: ${problem}`);
    this.name = 'GeometryInputError';
    this.location = location;
    this.problem = problem;
  }

  get file(): string {
    return this.location.file;
  }

  get feature(): string | undefined {
    return this.location.feature;
  }

  get field(): string | undefined {
    return this.location.field;
  }
}
