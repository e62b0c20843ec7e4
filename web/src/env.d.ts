/** Stylesheets are bundled by esbuild (web/build.ts). */
declare module '*.css';
