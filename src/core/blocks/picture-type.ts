/** A picture file's type at the end of its name ('.jpg'): the one list the picture rules read (a pattern's source). */
export const PICTURE_TYPE = String.raw`\.(?:jpe?g|png|gif|webp|avif)`;
