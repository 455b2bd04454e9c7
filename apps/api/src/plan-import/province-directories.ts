import { Injectable } from '@nestjs/common';
import { type AgencyResolver, buildAgencyResolver, provinceMentions } from '@dondoc/directory';
import { type AgencyEntity, AgencyGroupRepository, AgencyRepository } from '@dondoc/persistence';
import { invalidField } from '../http/problems';

export interface ProvinceDirectory {
  resolver: AgencyResolver;
  agencies: ReadonlyMap<string, AgencyEntity>;
}

const MAX_CANDIDATES = 5;

/** A province's active agencies and its groups, read once per import and matched in memory. */
@Injectable()
export class ProvinceDirectories {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly groups: AgencyGroupRepository,
  ) {}

  /**
   * The directory of the province asked for (400 naming `province` if it has none), else of the province the
   * importer serves, else of the first province the text names that has one; null when none does.
   */
  async forPlan(
    requested: string | undefined,
    text: string,
    issuer: string | null,
    served?: string,
  ): Promise<ProvinceDirectory | null> {
    if (requested !== undefined) {
      const directory = await this.load(requested);
      if (directory === null) throw invalidField('province', `the directory has no agency in “${requested}”`);
      return directory;
    }
    if (served !== undefined) return this.load(served);
    for (const candidate of provinceMentions(text, issuer).slice(0, MAX_CANDIDATES)) {
      const directory = await this.load(candidate);
      if (directory !== null) return directory;
    }
    return null;
  }

  private async load(province: string): Promise<ProvinceDirectory | null> {
    const agencies = await this.agencies.listForProvince(province);
    if (agencies.length === 0) return null;
    const groups = await this.groups.listForProvince(province);
    const withMembers = await Promise.all(
      groups.map(async (group) => ({
        ...group,
        memberCodes: (await this.groups.listMembers(group.id)).map((agency) => agency.code),
      })),
    );
    return {
      resolver: buildAgencyResolver({ province: agencies[0].province, agencies, groups: withMembers }),
      agencies: new Map(agencies.map((agency) => [agency.code, agency])),
    };
  }
}
