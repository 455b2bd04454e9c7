import { type Type as Class } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, Min, MaxLength } from 'class-validator';
import { type Page } from '@dondoc/persistence';
import { nfcTrimmed } from './text.transforms';

export const MAX_PAGE_SIZE = 100;
/** Far past any real list, and small enough that page × pageSize stays an offset PostgreSQL takes. */
export const MAX_PAGE = 100_000;

/** page, pageSize and q, shared by every list; each list adds its own whitelisted `sort` and filters. */
export class ListQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page: number = 1;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;

  @ApiPropertyOptional({ description: 'Search ignoring case and diacritics ("so tu phap" finds "Sở Tư pháp")' })
  @Transform(nfcTrimmed)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  q?: string;
}

/** Maps a repository's page of entities to a page of response DTOs. */
export function mapPage<E, R>(page: Page<E>, toResponse: (entity: E) => R): Page<R> {
  return { ...page, items: page.items.map(toResponse) };
}

/** Extend it once per item type (`class AgencyPage extends PageOf(AgencyResponse)`) to name the page's schema. */
export function PageOf<T>(item: Class<T>): Class<Page<T>> {
  class PageResponse implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ description: 'How many match, across all pages' })
    total!: number;

    @ApiProperty()
    page!: number;

    @ApiProperty()
    pageSize!: number;
  }
  return PageResponse;
}
