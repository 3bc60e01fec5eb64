/** Build-time variables this app reads (Vite replaces them in the bundle). */
interface ImportMetaEnv {
  /** "1" in builds for end-to-end tests and benchmarks: the app then records window.__atlas signals. */
  readonly VITE_E2E_HOOKS?: string;
}
