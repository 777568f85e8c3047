/** Reading an import file in the page, before anything is sent to the background. */
import { MAX_IMPORT_BYTES, tooLargeToImportMessage } from '../shared/formats/json';
import type { LibraryClient } from './client';
import type { Notice } from './components/Notices';
import { errorText, importNotice } from './notices';

/** Imports a file chosen by the user; the notice says what happened. */
export async function importFile(client: LibraryClient, file: File): Promise<Notice> {
  // Checked before reading: a huge file is refused without loading it into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    return { tone: 'error', title: `“${file.name}”: ${tooLargeToImportMessage(file.size)}` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { tone: 'error', title: `“${file.name}” could not be read: ${errorText(error)}. Nothing was imported.` };
  }
  const reply = await client.importText(text);
  if (!reply.ok) return { tone: 'error', title: `“${file.name}”: ${reply.error}` };
  return importNotice(file.name, reply.report);
}
