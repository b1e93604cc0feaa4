import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Platform } from '../../platform';
import type { Api } from '../api/api-client';
import type { AppState, AppStore } from './app-store';

type Services = { store: AppStore; platform: Platform; api: Api };

const ServicesContext = createContext<Services | null>(null);

/** Provides the store, platform and API client built in main.tsx; tests pass their own. */
export function ServicesProvider({ store, platform, api, children }: Services & { children: ReactNode }) {
  return <ServicesContext.Provider value={{ store, platform, api }}>{children}</ServicesContext.Provider>;
}

function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesProvider is missing');
  return s;
}

export const usePlatform = () => useServices().platform;
export const useApi = () => useServices().api;
/** The store itself, for code that reads state outside rendering (the sync loop). */
export const useAppStore = () => useServices().store;

export function useAppState<T>(selector: (s: AppState) => T): T {
  return useStore(useServices().store, selector);
}
