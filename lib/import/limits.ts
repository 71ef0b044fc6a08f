/**
 * Import limits, stated to the user on the options page. A file over its limit is refused before it is read, so
 * a gigantic file never reaches memory.
 */
export const MAX_DOCUMENT_FILE_BYTES = 5 * 1024 * 1024;
/** An export file carries many documents at once. */
export const MAX_EXPORT_FILE_BYTES = 100 * 1024 * 1024;
/** Files taken in one import; a larger batch is refused whole rather than cut at an arbitrary file. */
export const MAX_FILES_PER_IMPORT = 2000;
/** Own entities and extra surface forms: names, not texts. */
export const MAX_NAME_LENGTH = 200;
export const MAX_FORMS_PER_ENTITY = 100;
/** Source metadata fields (title, outlet, URL, date). */
export const MAX_METADATA_LENGTH = 2000;
