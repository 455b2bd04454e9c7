import { type Page } from 'playwright-core';
import { TEST_PASSWORD } from './registry';

/** Signs in through the login page as a person does, and waits until it leads on (to `next` when given). */
export async function logIn(page: Page, baseUrl: string, email: string, next?: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Thư điện tử').fill(email);
  await page.getByLabel('Mật khẩu').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  if (next) await page.waitForURL(`${baseUrl}${next}`);
  else await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

export const BUCKET_NAMES = {
  doneOnTime: 'Đã hoàn thành đúng hạn',
  doneLate: 'Đã hoàn thành quá hạn',
  openInTime: 'Đang thực hiện trong hạn',
  openOverdue: 'Đang thực hiện quá hạn',
} as const;
export type Bucket = keyof typeof BUCKET_NAMES;

/** The four bucket tiles of a plan's dashboard as the page shows them: count and percent, read from the text. */
export async function bucketsShown(page: Page): Promise<Record<Bucket, { count: number; percent: number }>> {
  const tiles = page.getByRole('list', { name: 'Bốn nhóm tình trạng của kế hoạch' });
  await tiles.waitFor();
  const read = async (bucket: Bucket) => {
    const tile = tiles.getByRole('listitem', { name: BUCKET_NAMES[bucket] });
    const count = Number(await tile.getByText(/^\d+$/).innerText());
    const percent = Number((await tile.getByText(/%$/).innerText()).replace(/\s*%$/, '').replace(',', '.'));
    return { count, percent };
  };
  return {
    doneOnTime: await read('doneOnTime'),
    doneLate: await read('doneLate'),
    openInTime: await read('openInTime'),
    openOverdue: await read('openOverdue'),
  };
}
