// Light and dark themes. "auto" (the default) follows the OS through
// prefers-color-scheme; the toggle cycles auto -> light -> dark and is a
// personal preference kept in localStorage, never in share links.
// The resolved theme is <html data-theme="light|dark">; CSS does the rest.

const KEY = 'loopscope.theme';
const media = matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set();

export function themePreference() {
  try { const v = localStorage.getItem(KEY); if (v === 'light' || v === 'dark') return v; } catch {}
  return 'auto';
}

export function resolvedTheme(pref = themePreference()) {
  return pref === 'auto' ? (media.matches ? 'dark' : 'light') : pref;
}

function apply() {
  const theme = resolvedTheme();
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  for (const fn of listeners) fn(theme);
}

export function setThemePreference(pref) {
  try { if (pref === 'auto') localStorage.removeItem(KEY); else localStorage.setItem(KEY, pref); } catch {}
  apply();
}

export function onThemeChange(fn) { listeners.add(fn); }

export function initTheme() {
  media.addEventListener('change', apply);
  apply();
}
