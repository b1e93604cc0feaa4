import path from 'node:path';

/** The invented sample ward tests use (twelve tổ dân phố); the real wards list none yet. */
export const SAMPLE_AREAS_FILE = path.resolve(import.meta.dirname, '../fixtures/areas.yaml');
export const SAMPLE_WARD_ID = 'le-chan';
