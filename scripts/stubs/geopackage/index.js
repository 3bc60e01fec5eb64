'use strict';
// See scripts/stubs/README.md: replaced by package.json "overrides" so that npm ci compiles nothing.
throw new Error(
  'GeoPackage support (@ngageoint/geopackage) is not installed in the Ondermijningsatlas (a stub from scripts/stubs/ stands in for it): ' +
    'give mapshaper GeoJSON or TopoJSON instead.',
);
