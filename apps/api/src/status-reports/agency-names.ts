import { type AgencyRepository } from '@dondoc/persistence';

/** Agency names looked up as a stream of assignments names them, each agency once. */
export class AgencyNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly agencies: AgencyRepository) {}

  async of(agencyId: string): Promise<string> {
    let name = this.names.get(agencyId);
    if (name === undefined) {
      const [agency] = await this.agencies.findByIds([agencyId]);
      name = agency?.name ?? agencyId;
      this.names.set(agencyId, name);
    }
    return name;
  }
}
