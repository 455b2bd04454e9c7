import type { ThemeConfig } from 'antd';

// Secondary texts and tags darker than antd's default so they reach WCAG AA contrast (4.5:1) on white and grey.
export const theme: ThemeConfig = {
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
    // A preset tag writes its text in shade 7 of its colour: orange, green and cyan reach only 3.3–3.4:1 on their own
    // light background, volcano 4.4:1, gold 2.8:1. Shade 8 (gold: 9) reaches 5.1–5.8:1.
    orange7: '#ad4e00',
    volcano7: '#ad2102',
    green7: '#237804',
    cyan7: '#006d75',
    gold7: '#874d00',
  },
};
