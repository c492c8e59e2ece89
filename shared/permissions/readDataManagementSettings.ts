import { validateDocument } from '../schemas/validateDocument';
import { dataManagementValueSchema, defaultDataManagementSettings, DATA_MANAGEMENT_VERSION, type DataManagementSettings } from './dataManagementSettings';

export interface ReadDataManagementSettings {
  settings: DataManagementSettings;
  /** What was wrong with the stored value; [] when nothing (or nothing stored). */
  problems: string[];
}

/**
 * The team's settings from the stored value (the `data_management` settings document's
 * `value`; undefined or null when the team never changed them). A value that cannot be read
 * gives the default, which grants nothing beyond the liaison: when in doubt, the strictest.
 */
export function readDataManagementSettings(value: unknown): ReadDataManagementSettings {
  if (value === undefined || value === null) return { settings: defaultDataManagementSettings(), problems: [] };
  const checked = validateDocument(dataManagementValueSchema, value);
  if (!checked.ok) return { settings: defaultDataManagementSettings(), problems: checked.errors };
  const settings = value as DataManagementSettings; // the shape was just checked
  if (settings.version !== DATA_MANAGEMENT_VERSION) {
    return { settings: defaultDataManagementSettings(), problems: [`version: ${settings.version} is not known to this version of the app`] };
  }
  return { settings, problems: [] };
}
