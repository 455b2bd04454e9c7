import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Registered on the dev server at start, so the coordination office can filter workflows in the Web UI. */
export const searchAttributes = {
  planId: defineSearchAttributeKey('DondocPlanId', SearchAttributeType.KEYWORD),
  taskCode: defineSearchAttributeKey('DondocTaskCode', SearchAttributeType.KEYWORD),
  agency: defineSearchAttributeKey('DondocAgency', SearchAttributeType.KEYWORD),
  status: defineSearchAttributeKey('DondocStatus', SearchAttributeType.KEYWORD),
  dueDate: defineSearchAttributeKey('DondocDueDate', SearchAttributeType.DATETIME),
};

/** The same keys in the `Name=Type` form `temporal server start-dev --search-attribute` takes. */
export const searchAttributeDeclarations: Record<string, string> = {
  DondocPlanId: 'Keyword',
  DondocTaskCode: 'Keyword',
  DondocAgency: 'Keyword',
  DondocStatus: 'Keyword',
  DondocDueDate: 'Datetime',
};
