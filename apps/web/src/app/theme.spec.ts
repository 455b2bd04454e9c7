import { describe, expect, it } from '@jest/globals';
import { theme as antd } from 'antd';
import { theme } from './theme';

/** WCAG's contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map((at) => parseInt(hex.slice(at, at + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('the theme', () => {
  it('writes a preset tag’s text at 4.5:1 or more on its own background, for every preset colour', () => {
    const token = antd.getDesignToken(theme) as unknown as Record<string, string>;
    const presets = ['blue', 'green', 'orange', 'red', 'purple', 'cyan', 'gold', 'volcano', 'magenta', 'geekblue'];
    // A shade has two token names, `orange7` and `orange-7`, and both become the CSS variable `--ant-orange-7`.
    const shades = presets.flatMap((color) => [`${color}7`, `${color}-7`].map((shade) => [color, shade] as const));
    const below = shades
      .map(([color, shade]) => [shade, contrast(token[shade], token[`${color}1`])] as const)
      .filter(([, ratio]) => ratio < 4.5)
      .map(([shade, ratio]) => `${shade} ${ratio.toFixed(2)}:1`);
    expect(below).toEqual([]);
  });

  it('writes secondary text, links and hovered buttons at 4.5:1 or more on white', () => {
    const token = antd.getDesignToken(theme);
    const texts = [token.colorTextSecondary, token.colorTextDescription, token.colorLink, token.colorLinkHover];
    for (const color of [...texts, token.colorPrimaryHover, token.colorPrimaryTextHover]) {
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
