/**
 * The save path of the schema-v3 library writer (src/shared/storage/library-store.ts as of commit
 * 8a85ae9), kept for the bench's "before" column: read the whole `{ id: url }` index, check every
 * id, scan it for the URL, and write the entry with the whole index back. Only the save of a
 * sound, current v3 library is reproduced (no migration, no damage handling: the bench has none).
 */
import {
  INDEX_KEY,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  entryKey,
  isValidEntryId,
  validateOutlineForSave,
  validateSavedOutline,
  type SavedOutline,
  type StorageAreaLike,
} from '../../src/shared/storage';

const V3 = 3;

function readIndex(raw: unknown): Record<string, string> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const index: Record<string, string> = {};
  for (const [id, url] of Object.entries(raw)) {
    if (!isValidEntryId(id) || typeof url !== 'string') return null;
    index[id] = url;
  }
  return index;
}

function findIdByUrl(index: Record<string, string>, url: string): string | undefined {
  for (const [id, entryUrl] of Object.entries(index)) if (entryUrl === url) return id;
  return undefined;
}

export function createV3Save(area: StorageAreaLike, newId: () => string) {
  return async function save(outline: unknown): Promise<'added' | 'updated'> {
    const fields = validateOutlineForSave(outline);
    if (!fields.ok) throw new Error(fields.reason);
    const head = await area.get([SCHEMA_VERSION_KEY, INDEX_KEY]);
    const index = readIndex(head[INDEX_KEY]);
    if (head[SCHEMA_VERSION_KEY] !== V3 || !index) throw new Error('bench: expected a sound v3 library');
    const stamp = new Date().toISOString();
    const existingId = findIdByUrl(index, fields.value.url);
    let savedAt = stamp;
    if (existingId) {
      const stored = await area.get([entryKey(existingId), QUARANTINE_KEY]);
      const checked = validateSavedOutline(stored[entryKey(existingId)]);
      if (checked.ok) savedAt = checked.value.savedAt;
    }
    const id = existingId ?? newId();
    const entry: SavedOutline = { id, ...fields.value, savedAt, updatedAt: stamp };
    await area.set({ [entryKey(id)]: entry, [INDEX_KEY]: { ...index, [id]: entry.url }, [SCHEMA_VERSION_KEY]: V3 });
    return existingId ? 'updated' : 'added';
  };
}
