import type { ThemeConfig } from 'antd';

// Secondary texts and tags darker than antd's default so they reach WCAG AA contrast (4.5:1) on white and grey.
// A preset tag writes its text in shade 7 of its colour: orange, green and cyan reach only 3.3–3.4:1 on their own
// light background, volcano 4.4:1, gold 2.8:1. Shade 8 (gold: 9) reaches 5.1–5.8:1. Each shade goes by two token
// names, `orange7` and `orange-7`, which become the same CSS variable: the page takes the second's value.
const DARKER_SHADE_7 = { orange: '#ad4e00', volcano: '#ad2102', green: '#237804', cyan: '#006d75', gold: '#874d00' };
const tagTextShades = Object.fromEntries(
  Object.entries(DARKER_SHADE_7).flatMap(([color, shade]) => [
    [`${color}7`, shade],
    [`${color}-7`, shade],
  ]),
);

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
    // antd's derived hover blue is 4.3:1 on white, its link hover 2.3:1: a hovered button or link would fall below AA.
    colorPrimaryHover: '#2468d6',
    colorPrimaryTextHover: '#2468d6',
    colorLinkHover: '#2468d6',
    colorErrorText: '#b3261e',
    colorWarningText: '#8a4b00',
    colorSuccessText: '#1e6b1e',
    ...tagTextShades,
  },
};
