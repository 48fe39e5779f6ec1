import { stringify } from 'csv-stringify/sync';

/**
 * A read model as JSON (the whole state) or CSV (one row per entity in `byId`, nested
 * objects flattened to dotted columns, lists joined with "; ").
 */
export type ExportFormat = 'json' | 'csv';

function flatten(value: unknown, prefix: string, row: Record<string, string>) {
  if (value === null || value === undefined) {
    row[prefix] = '';
  } else if (Array.isArray(value)) {
    row[prefix] = value
      .map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)))
      .join('; ');
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value))
      flatten(inner, prefix ? `${prefix}.${key}` : key, row);
  } else {
    row[prefix] = String(value);
  }
}

export function exportReadModel(
  state: unknown,
  format: ExportFormat,
): { text: string; count: number } {
  const byId = (state as { byId?: Record<string, unknown> }).byId;
  const count = byId ? Object.keys(byId).length : 0;
  if (format === 'json') return { text: JSON.stringify(state, null, 2) + '\n', count };
  if (!byId)
    throw new Error(
      'this read model keeps no entities by id, so it has no CSV form; use --format json',
    );
  const rows = Object.values(byId).map((entity) => {
    const row: Record<string, string> = {};
    flatten(entity, '', row);
    return row;
  });
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { text: stringify(rows, { header: true, columns }), count };
}
