/** True only in `vite build --mode e2e`: test hooks that production builds drop. */
declare const __E2E__: boolean;
