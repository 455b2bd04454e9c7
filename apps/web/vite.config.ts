import { defineConfig } from 'vite';

const api = 'http://localhost:3000';
// Personal links are matched as /r/<token> and /i/<token> only: a bare '/i' prefix would also catch /index.html.
const proxy = { '/api': api, '/health': api, '^/(r|i)/[^/]+$': api };

// React and the part of antd every page needs load up front; components only some pages use stay in those pages' chunks.
const vendorGroups = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/, priority: 2 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|dayjs)[\\/]/, tags: ['$initial' as const] },
];

export default defineConfig({
  root: import.meta.dirname,
  oxc: { jsx: { runtime: 'automatic' } },
  server: { proxy },
  preview: { proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: { codeSplitting: { groups: vendorGroups } },
      // antd marks its modules "use client" for React Server Components; meaningless in this SPA.
      onwarn: (warning, warn) => {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
