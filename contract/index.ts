/**
 * The contract between the pipeline and the app: levels and codes, the id vocabulary, table columns with
 * their types, file names and the manifest schema. It imports nothing of the project, and everything
 * else may import it, so a renamed column or id fails to compile on every side at once.
 */
export * from './levels.ts';
export * from './ids.ts';
export * from './missing.ts';
export * from './columns.ts';
export * from './files.ts';
export * from './manifest.ts';
export * from './methode.ts';
export * from './geometry.ts';
export * from './search-index.ts';
