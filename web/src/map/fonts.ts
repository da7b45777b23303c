import type { FontFacesSpecification, MLFontFace } from 'maplibre-gl';
import latinMedium from '@fontsource/noto-sans/files/noto-sans-latin-500-normal.woff2?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinRegular from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import extMedium from '@fontsource/noto-sans/files/noto-sans-latin-ext-500-normal.woff2?url';
import extItalic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import extRegular from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';

/**
 * Map text is drawn from font files the platform serves itself (Vite copies them into the build's
 * hashed assets): MapLibre's `font-faces` turns them into glyphs in the browser, so no glyph server
 * or CDN is needed and labels look the same on every machine. Latin covers Swedish; Latin Extended
 * the rest of Europe's place names. The names are those the Protomaps basemap style asks for.
 */
const LATIN = ['U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212', 'U+FEFF', 'U+FFFD'];
const LATIN_EXT = ['U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2C60-2C7F', 'U+A720-A7FF'];

const face = (latin: string, ext: string): MLFontFace[] => [
  { url: absolute(latin), 'unicode-range': LATIN },
  { url: absolute(ext), 'unicode-range': LATIN_EXT },
];

// A style's URLs are resolved by MapLibre against nothing: they must be absolute.
function absolute(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').href;
}

export const FONT = { regular: 'Noto Sans Regular', medium: 'Noto Sans Medium', italic: 'Noto Sans Italic' } as const;

export function fontFaces(): FontFacesSpecification {
  return {
    [FONT.regular]: face(latinRegular, extRegular),
    [FONT.medium]: face(latinMedium, extMedium),
    [FONT.italic]: face(latinItalic, extItalic),
  };
}
