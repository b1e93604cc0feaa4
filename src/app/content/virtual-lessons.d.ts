declare module 'virtual:lesson-catalog' {
  import type { Catalog, LessonBody } from '../../core/content/catalog';
  export const catalog: Catalog;
  export const loaders: Record<string, () => Promise<{ default: LessonBody }>>;
}
