import { migrateDocument } from '../schemas/migrations';
import { NOT_COLLABORATED_ID, PREDEFINED_STATUSES, predefinedStatus } from './predefinedStatuses';
import { defaultStatusCatalog, STATUS_CATALOG_VERSION, type StatusCatalog, type StatusEntry } from './statusCatalog';
import { statusCatalogMigrations } from './statusCatalogMigrations';
import { validateStatusCatalog } from './validateStatusCatalog';

export interface ReadStatusCatalog {
  catalog: StatusCatalog;
  /**
   * false when the stored catalog was written by a newer version of the app: it is read as
   * well as this version can, but saving it would lose what this version does not know.
   */
  editable: boolean;
  /** What was wrong with the stored value, for a log or an administrator; [] when nothing. */
  problems: string[];
}

/**
 * The team's catalog from the stored settings value (an object, its JSON text, or nothing
 * when the team never changed its statuses). Older versions are migrated; the result is
 * normalised (normaliseStatusCatalog) so the app always has every predefined status. A value
 * that cannot be read gives the predefined catalog and says why: the app keeps working.
 */
export function readStatusCatalog(value: unknown): ReadStatusCatalog {
  if (value === undefined || value === null) return { catalog: defaultStatusCatalog(), editable: true, problems: [] };
  let parsed: unknown = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return unreadable(['The stored status catalog is not valid JSON.'], true);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return unreadable(['The stored status catalog is not an object.'], true);
  const record = parsed as Record<string, unknown>;
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return unreadable([`The stored status catalog has no valid version (${JSON.stringify(version)}).`], true);
  }

  if (version > STATUS_CATALOG_VERSION) {
    // A newer app wrote it: read what matches this version's format, refuse to overwrite it.
    const asCurrent = validateStatusCatalog({ ...record, version: STATUS_CATALOG_VERSION });
    const problem = `The status catalog was saved by a newer version of the app (format ${version}); update the app to change statuses.`;
    if (!asCurrent.ok) return unreadable([problem, ...asCurrent.errors], false);
    return { catalog: normaliseStatusCatalog(asCurrent.catalog), editable: false, problems: [problem] };
  }

  let migrated: Record<string, unknown> | null;
  try {
    migrated = migrateDocument(record, statusCatalogMigrations, version, STATUS_CATALOG_VERSION);
  } catch (e) {
    return unreadable([`The stored status catalog could not be migrated: ${e instanceof Error ? e.message : String(e)}`], true);
  }
  const checked = validateStatusCatalog(migrated);
  if (!checked.ok) return unreadable(checked.errors, true);
  return { catalog: normaliseStatusCatalog(checked.catalog), editable: true, problems: [] };
}

function unreadable(problems: string[], editable: boolean): ReadStatusCatalog {
  return { catalog: defaultStatusCatalog(), editable, problems };
}

/**
 * Brings a valid catalog in line with this version of the app: predefined statuses missing
 * from it (added in a later release) are appended to their group, predefined labels come
 * from the code (they cannot be renamed), and an entry flagged predefined that this version
 * no longer has is kept as a retired custom status, so old records still read it.
 */
export function normaliseStatusCatalog(catalog: StatusCatalog): StatusCatalog {
  const statuses: StatusEntry[] = catalog.statuses.map((status) => {
    const predefined = predefinedStatus(status.id);
    if (predefined !== undefined) return { ...status, label: predefined.label, predefined: true };
    return status.predefined ? { ...status, predefined: false, retired: true } : status;
  });
  const present = new Set(statuses.map((s) => s.id));
  for (const missing of PREDEFINED_STATUSES) {
    if (present.has(missing.id)) continue;
    let at = statuses.length;
    for (let i = statuses.length - 1; i >= 0; i--) {
      if (statuses[i]?.group === missing.group) {
        at = i + 1;
        break;
      }
    }
    statuses.splice(at, 0, { id: missing.id, group: missing.group, label: missing.label, color: missing.color, predefined: true, retired: false });
  }
  const initial = statuses.find((s) => s.id === catalog.initialStatusId);
  const initialStatusId = initial !== undefined && initial.group === 'influencer' && !initial.retired ? catalog.initialStatusId : NOT_COLLABORATED_ID;
  return { version: STATUS_CATALOG_VERSION, initialStatusId, statuses };
}
