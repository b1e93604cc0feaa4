// Adds jest-dom matchers (toBeInTheDocument, …) where a DOM exists; node suites skip it.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
}
export {};
