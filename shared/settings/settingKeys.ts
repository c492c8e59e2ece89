import { dataManagementValueSchema, DATA_MANAGEMENT_SETTING_KEY } from '../permissions/dataManagementSettings';
import { validateDocument, type SchemaNode } from '../schemas/validateDocument';
import { statusCatalogValueSchema, STATUS_CATALOG_SETTING_KEY } from '../statuses/statusCatalog';

/**
 * The settings a team has, each with the JSON schema of its value. The server refuses a
 * pushed setting with another key or a value of the wrong shape, so every app reads only
 * values it can understand (the readers still fall back to defaults, for older data).
 * A new setting: add its key and value schema here.
 */
export const SETTING_VALUE_SCHEMAS: Readonly<Record<string, SchemaNode>> = {
  [DATA_MANAGEMENT_SETTING_KEY]: dataManagementValueSchema,
  [STATUS_CATALOG_SETTING_KEY]: statusCatalogValueSchema,
};

/** What is wrong with a setting document beyond its JSON schema ([]: nothing), each naming its field. */
export function settingProblems(doc: { id: unknown; value: unknown }): string[] {
  const key = typeof doc.id === 'string' ? doc.id : '';
  const schema = Object.hasOwn(SETTING_VALUE_SCHEMAS, key) ? SETTING_VALUE_SCHEMAS[key] : undefined;
  if (schema === undefined) return [`id: "${key}" is not a team setting (${Object.keys(SETTING_VALUE_SCHEMAS).join(', ')})`];
  const checked = validateDocument(schema, doc.value);
  if (checked.ok) return [];
  return checked.errors.map((error) => {
    const unknownField = /^unknown field "(.*)"$/.exec(error);
    if (unknownField !== null) return `value.${unknownField[1]}: unknown field`;
    return error.startsWith('document:') ? `value${error.slice('document'.length)}` : `value.${error}`;
  });
}
