// Two builds from one config:
//   vite build                 → dist/: the installable PWA (multi-chunk; docx lazily loaded and precached)
//   vite build --mode single   → dist-single/nianbao.html: one self-contained file that works from file://
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** Agency PCs run old Chromium cores (360, QQ, UOS/Kylin builds) and Firefox ESR: keep in step with check:es. */
export const BUILD_TARGET = ['chrome87', 'edge88', 'firefox115', 'safari14'];
export const SINGLE_FILE_NAME = 'nianbao.html';
export const THEME_COLOR = '#0b57d0';

const APP_NAME = '政府信息公开工作年度报告编辑器';

/**
 * The PWA keeps script-src 'self'; the single file's inline script is allowed by its hash (cspScriptHashes
 * below), never by 'unsafe-inline'. The icon becomes a data: URL there, since file:// has no /icon.svg beside it.
 */
function perBuildHtml(single: boolean): Plugin {
  return {
    name: 'nianbao:per-build-html',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // The dev server injects inline scripts of its own: the policy applies to builds only.
        if (ctx.server) return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
        // Comments are for the source: every first load would download them.
        html = html.replace(/\s*<!--[\s\S]*?-->/g, '');
        if (!single) return html;
        const icon = readFileSync(new URL('./public/icon.svg', import.meta.url));
        return html
          .replace("script-src 'self'", `script-src 'self' ${INLINE_SCRIPT_HASHES}`)
          .replace(/(<link rel="icon"[^>]*href=")[^"]*"/, `$1data:image/svg+xml;base64,${icon.toString('base64')}"`);
      },
    },
  };
}

/**
 * After the single-file plugin has inlined every script: each inline <script>'s SHA-256 goes into the CSP, so
 * exactly these scripts run (an injected one would not).
 */
const INLINE_SCRIPT_HASHES = "'sha256-nianbao-inline-script-hashes'";

function cspScriptHashes(): Plugin {
  return {
    name: 'nianbao:csp-script-hashes',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
            .filter((m) => m[1]!.length > 0)
            .map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
          file.source = html.replace(INLINE_SCRIPT_HASHES, hashes.join(' '));
        }
      },
    },
  };
}

/**
 * Every page opens a draft store first (首页 lists drafts, 编辑器 opens one): fetch the report core (store,
 * model, formats, idb) while the entry script runs, instead of after it asks for a page. These chunks are
 * counted in each page's first load by scripts/size.mjs already.
 */
function preloadReportCore(): Plugin {
  const core = /\/src\/(store\/drafts|model\/index|formats\/index)\.ts$/;
  let base = '/';
  return {
    name: 'nianbao:preload-report-core',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || chunk.isEntry || files.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && chunk.moduleIds.some((id) => core.test(id))) visit(chunk.fileName);
        }
        return {
          html,
          // Vite already links the entry's static imports (the core chunk among them): no second link for those.
          tags: [...files]
            .filter((file) => !html.includes(`href="${base}${file}"`))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` },
              injectTo: 'head' as const,
            })),
        };
      },
    },
  };
}

/**
 * Vite's helper that every import() goes through (fetch the chunk's CSS and imports, then the chunk) is 1.3 kB gzip
 * of every first load, mostly for cases this app does not have: browsers without modulepreload (rel=preload
 * fallback), a CSP nonce, relative bases, `vite:preloadError` listeners. This one does what the app needs in a
 * fifth of it: each CSS file linked once and awaited before the chunk runs (a failed one is removed and tried again on
 * the next import, so the import rejects and its caller's Chinese message shows), each imported chunk preloaded
 * once, a file the page already links (index.html's preloads) not linked again.
 */
function compactPreloadHelper(): Plugin {
  const id = '\0vite/preload-helper.js';
  let base = '/';
  return {
    name: 'nianbao:compact-preload-helper',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      base = config.base;
    },
    load: {
      filter: { id: new RegExp(`^${id.replace(/[.\\/]/g, '\\$&')}$`) },
      handler() {
        return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).map((dep) => {
      const href = ${JSON.stringify(base)} + dep;
      const css = href.endsWith('.css');
      return (seen[href] ??= new Promise((resolve, reject) => {
        if (document.querySelector(\`link[href="\${href}"]\`)) return resolve();
        const link = document.createElement('link');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.crossOrigin = '';
        link.href = href;
        if (css) {
          link.onload = resolve;
          link.onerror = () => {
            link.remove();
            delete seen[href];
            reject(new Error('Unable to preload CSS for ' + href));
          };
        } else resolve();
        document.head.appendChild(link);
      }));
    }),
  ).then(() => load());
`;
      },
    },
  };
}

/** The pages most opened (首页, the editor): an import() of theirs preloads everything they import. */
const FULL_PRELOAD = /\/(home|DraftRoute)-[\w-]+\.js$/;

/**
 * What an import() preloads besides its chunk (its CSS always): only files not already loaded. A chunk the importing
 * chunk imports statically (and the entry's, the core among them) has arrived before that import() can run, so
 * listing it only adds bytes to the importing chunk. The bundle is read in generateBundle, which runs before vite's
 * import analysis (this plugin is enforce: 'pre').
 */
function preloadOnlyMissing(): {
  plugin: Plugin;
  resolveDependencies: (file: string, deps: string[], host: { hostId: string }) => string[];
} {
  let bundle: Record<string, { type: string; isEntry?: boolean; imports?: string[]; viteMetadata?: { importedCss: Set<string> } }> = {};
  const staticClosure = (start: string, into = new Set<string>()): Set<string> => {
    if (into.has(start)) return into;
    into.add(start);
    for (const dep of bundle[start]?.imports ?? []) staticClosure(dep, into);
    return into;
  };
  return {
    plugin: {
      name: 'nianbao:preload-only-missing',
      apply: 'build',
      enforce: 'pre',
      generateBundle(_options, output) {
        bundle = output as typeof bundle;
      },
    },
    resolveDependencies(file, deps, { hostId }) {
      const atStart = new Set<string>();
      for (const [name, chunk] of Object.entries(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) staticClosure(name, atStart);
      const loaded = staticClosure(hostId, new Set(atStart));
      let missing = deps.filter((dep) => !loaded.has(dep));
      // 导入 and 汇总 (and the store's rare paths) are opened from the start code but seldom: their chunk and CSS are
      // fetched at once, their own imports when the chunk arrives, instead of a list of file names in every first load.
      if (atStart.has(hostId) && !FULL_PRELOAD.test(file)) missing = missing.filter((dep) => dep === file);
      // The import() itself fetches its chunk: listing it alone would only add a link element.
      const css = bundle[file]?.viteMetadata?.importedCss?.size ?? 0;
      return missing.length === 1 && missing[0] === file && css === 0 ? [] : missing;
    },
  };
}

/**
 * pdf.js needs the predefined CMaps for PDFs whose Chinese fonts carry no ToUnicode table (LibreOffice, Word and
 * WPS embed one; some older generators do not). Only the simplified-Chinese ones are shipped (not the 169 files of
 * pdfjs-dist/cmaps), under cmaps/, and precached with the rest.
 */
function pdfCMaps(): Plugin {
  const dir = new URL('./node_modules/pdfjs-dist/cmaps/', import.meta.url);
  return {
    name: 'nianbao:pdf-cmaps',
    apply: 'build',
    generateBundle() {
      for (const file of readdirSync(dir).filter((f) => /^(Adobe-GB1-|UniGB-|GB).*\.bcmap$/.test(f)))
        this.emitFile({ type: 'asset', fileName: `cmaps/${file}`, source: readFileSync(new URL(file, dir)) });
    },
  };
}

/**
 * The .docx builder's chunk asks Chromium (136+) to compile all its functions while the file streams in, on a
 * background thread, instead of one by one on the page's thread as the export first calls them: most of them are
 * called by every export. Other browsers ignore the comment. Added after minification, which drops comments.
 */
function compileBuilderEagerly(): Plugin {
  return {
    name: 'nianbao:compile-builder-eagerly',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk' && !file.isEntry && file.moduleIds.some((id) => id.includes('/node_modules/docx/')))
          file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
      }
    },
  };
}

/**
 * Identifies the checks as built: a hash of every source they read (checks, formats, model). The editor stores
 * its finding counts with this id, and 首页 shows stored counts only while the id is unchanged (src/checks/version.ts).
 */
export function checksVersion(): string {
  const hash = createHash('sha256');
  for (const dir of ['checks', 'formats', 'model']) {
    const root = new URL(`./src/${dir}/`, import.meta.url);
    for (const file of (readdirSync(root, { recursive: true }) as string[]).sort()) {
      if (/\.tsx?$/.test(file)) hash.update(file).update(readFileSync(new URL(file, root)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  const preloads = preloadOnlyMissing();
  return {
    plugins: [
      preact(),
      perBuildHtml(single),
      ...(single ? [] : [compactPreloadHelper(), preloads.plugin, preloadReportCore(), pdfCMaps(), compileBuilderEagerly()]),
      VitePWA({
        // The single file gets no sw.js and no manifest link (src/pwa registers nothing there).
        disable: single,
        registerType: 'prompt',
        injectRegister: false, // src/pwa registers by hand, on http(s) only
        strategies: 'generateSW',
        includeAssets: ['icon.svg'],
        manifest: {
          name: APP_NAME,
          short_name: '年报编辑器',
          description: '在本机离线编写、检查并导出政府信息公开工作年度报告，数据不离开本机。',
          lang: 'zh-CN',
          start_url: './',
          scope: './',
          display: 'standalone',
          theme_color: THEME_COLOR,
          background_color: '#f6f7f9',
          icons: [
            { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
            { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          ],
        },
        workbox: {
          // Everything, the lazily loaded docx and PDF chunks (and the PDF CMaps) included: export and import
          // must work on the first offline day. pdf.js's worker (~1.4 MB) is well under the size limit below.
          globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,bcmap}'],
          maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          // The new version waits until the user clicks 「更新」 (registerType 'prompt').
          clientsClaim: false,
          skipWaiting: false,
        },
      }),
      ...(single ? [viteSingleFile({ removeViteModuleLoader: true, outputFileName: SINGLE_FILE_NAME }), cspScriptHashes()] : []),
    ],
    // The single file must not depend on files beside it: no import worker either (read on the page there), and
    // no PDF reader (it needs a worker file; start-pdf-none.ts says to use the installed version or paste the text).
    publicDir: single ? false : 'public',
    resolve: single
      ? {
          alias: [
            { find: /^\.\/start-worker$/, replacement: './start-worker-none' },
            { find: /^(.*)\/start-pdf$/, replacement: '$1/start-pdf-none' },
            { find: /^(.*)\/read-pdf$/, replacement: '$1/read-pdf-none' },
          ],
        }
      : undefined,
    define: { __NIANBAO_CHECKS_VERSION__: JSON.stringify(checksVersion()) },
    build: {
      target: BUILD_TARGET,
      // Every target browser supports <link rel=modulepreload> (Chrome 66+, Firefox 115): no polyfill needed.
      modulePreload: { polyfill: false, resolveDependencies: single ? undefined : preloads.resolveDependencies },
      outDir: single ? 'dist-single' : 'dist',
      // Modules that always load together go in one file: fewer requests, and gzip sees them as one text.
      rolldownOptions: single
        ? undefined
        : {
            output: {
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [
                  // What both pages load at start: preact, signals, the draft store with the formats and model it
                  // reads, the service-worker glue, the router with its import() helper (the entry keeps only
                  // main.tsx: one file instead of two that import each other; pages load on demand).
                  {
                    name: 'core',
                    test: /vite\/preload-helper\.js$|\/node_modules\/(preact|@preact\/signals(-core)?|idb)\/|\/src\/(store\/(drafts|db|validate|save-status|channel|unsaved-memory)|formats\/(index|build|common|format-2019|format-2021|types)|model\/(index|values|report|limits|paragraphs)|checks\/(version|calm)|store\/checks-asked|pwa\/(index|register)|app\/(App|lazy-page)|platform\/load-once)\.tsx?$/,
                  },
                  // What the editor's page needs besides its own folder: the session, the lazy-check handle, totals,
                  // and the check engine without its text rules (checks/lazy.ts asks for it after the first render;
                  // it arrives with the session: one gzip stream instead of two, 0.5 kB less). 首页, 导入 and 汇总
                  // need both parts whenever they check a report; only 首页's 备份 (totals) now fetches the engine unused.
                  {
                    name: 'editor-session',
                    test: /\/src\/(store\/(draft-session|stored-session|journal|persist)|checks\/(lazy|summary|finding-key|engine|context|format-index|text-cache|rules\/(content|cross-year|dates|empty-cells|stored|t2|t3|t4|text-plausibility))|model\/(totals|decimal))\.ts$/,
                  },
                ],
              },
            },
          },
    },
  };
});
