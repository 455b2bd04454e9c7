import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactNode } from 'react';
import '../lib/dates';
import { queryClient } from '../lib/query-client';

// Secondary texts darker than antd's default so they reach WCAG AA contrast (4.5:1) on white and grey.
const theme = {
  token: {
    fontSize: 15,
    colorPrimary: '#0b57d0',
    borderRadius: 6,
    colorTextSecondary: '#595959',
    colorTextDescription: '#595959',
    colorTextTertiary: '#595959',
    colorTextPlaceholder: '#6e6e6e',
    colorLink: '#0b57d0',
    colorErrorText: '#b3261e',
    colorWarningText: '#8a4b00',
    colorSuccessText: '#1e6b1e',
  },
};

export const Providers = ({ children }: { children: ReactNode }) => (
  <ConfigProvider locale={viVN} theme={theme}>
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  </ConfigProvider>
);
