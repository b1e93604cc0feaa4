import { lazy, type ComponentType } from 'react';

/**
 * `React.lazy` for a module's named export: our screens are named exports, and lazy wants a default one. The import
 * stays a literal `import('./x')` at the call site so Vite still splits each screen into its own chunk.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same bound React.lazy itself puts on a component
export function lazyNamed<K extends string, M extends Record<K, ComponentType<any>>>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] })));
}
