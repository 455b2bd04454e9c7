import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import '../lib/dates';
import { queryClient } from '../lib/query-client';
import { theme } from './theme';

export const Providers = ({ children }: { children: ReactNode }) => (
  <ConfigProvider locale={viVN} theme={theme}>
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  </ConfigProvider>
);
