// The bundled Arabic face, so corpus text renders the same on a system without Arabic fonts. Only the Arabic and
// Latin subsets at two weights: the others would add size to every extension page for glyphs it never shows.
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource/noto-naskh-arabic/latin-400.css';
import '@fontsource/noto-naskh-arabic/latin-700.css';
