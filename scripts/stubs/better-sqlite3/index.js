'use strict';
// See scripts/stubs/README.md: replaced by package.json "overrides" so that npm ci compiles nothing.
throw new Error(
  'better-sqlite3 is not installed in the Ondermijningsatlas (a stub from scripts/stubs/ stands in for it): ' +
    'the atlas reads GeoJSON/TopoJSON only, never SQLite or GeoPackage files.',
);
