import type { MigrationStrategies } from '../schemas/migrations';

/**
 * Steps between stored catalog versions, as for document schemas: `[n]` turns a version n-1
 * catalog into a version n catalog. Version 1 is the first stored format, so there is no
 * step yet; bump STATUS_CATALOG_VERSION together with a step here (statusCatalogMigrations
 * test checks the two agree).
 *
 * New predefined statuses in a later release need no step: readStatusCatalog adds any
 * predefined status a stored catalog lacks.
 */
export const statusCatalogMigrations: MigrationStrategies = {};
