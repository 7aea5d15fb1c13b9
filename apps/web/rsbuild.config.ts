import { defineConfig } from '@rsbuild/core';
import { pluginReact } from '@rsbuild/plugin-react';
import { tanstackRouter } from '@tanstack/router-plugin/rspack';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The web app: built to dist/web and served by the api from the same origin (apps/api/src/http/web-app.ts).
export default defineConfig({
  root: here('.'),
  plugins: [pluginReact()],
  source: {
    entry: {
      index: './src/main.tsx',
      // GraphiQL for developers: its own page and chunks, never part of what people download.
      explorer: { import: './src/explorer/main.tsx', html: true },
    },
  },
  html: {
    title: 'Sanggar',
    lang: 'id',
    meta: { description: 'Sanggar — belajar, presensi, tugas dan sertifikat hub kreatif', 'theme-color': '#6b3d00' },
    favicon: './src/favicon.svg',
  },
  output: {
    distPath: { root: '../../dist/web' },
    cleanDistPath: true,
    // Every file content-hashed, so the api can cache them for a year.
    filenameHash: true,
    legalComments: 'none',
  },
  performance: { chunkSplit: { strategy: 'split-by-experience' } },
  tools: {
    rspack: {
      plugins: [
        tanstackRouter({
          target: 'react',
          routesDirectory: here('./src/routes'),
          generatedRouteTree: here('./src/routeTree.gen.ts'),
          autoCodeSplitting: true,
          quoteStyle: 'single',
        }),
      ],
    },
  },
  server: { port: 3001, proxy: { '/graphql': 'http://localhost:3000' } },
});
