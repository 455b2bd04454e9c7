import { Tag } from 'antd';
import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'info' | 'progress' | 'warning' | 'success' | 'danger';

// antd's preset tag colours are too pale for small text (WCAG AA wants 4.5:1); these keep the hue with darker text.
const tones: Record<Tone, { color: string; background: string; borderColor: string }> = {
  neutral: { color: '#434343', background: '#f5f5f5', borderColor: '#d9d9d9' },
  info: { color: '#10239e', background: '#f0f5ff', borderColor: '#adc6ff' },
  progress: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
  warning: { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' },
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  danger: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
};

export const ToneTag = ({ tone, children }: { tone: Tone; children: ReactNode }) => (
  <Tag style={tones[tone]} className="tone-tag">
    {children}
  </Tag>
);
