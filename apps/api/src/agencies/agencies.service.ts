import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, servesProvince } from '@dondoc/auth';
import { AgencyRepository, isForeignKeyViolation, isUniqueViolation, type Page } from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { duplicate, invalidField } from '../http/problems';
import { listedProvince, requireServedProvince } from '../http/provinces';
import { AgencyResponse } from './agency.response';
import { type CreateAgencyDto } from './create-agency.dto';
import { type ListAgenciesQuery } from './list-agencies.query';
import { type UpdateAgencyDto } from './update-agency.dto';

@Injectable()
export class AgenciesService {
  constructor(
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListAgenciesQuery): Promise<Page<AgencyResponse>> {
    const province = listedProvince(actor, query.province);
    return mapPage(await this.agencies.search({ ...query, province }), AgencyResponse.for(actor));
  }

  async get(actor: Actor, id: string): Promise<AgencyResponse> {
    return AgencyResponse.for(actor)(await this.existing(id));
  }

  async create(actor: Actor, dto: CreateAgencyDto): Promise<AgencyResponse> {
    requireServedProvince(actor, dto.province);
    await this.checkParent(actor, dto.parentId);
    try {
      return await this.audit.change(actor, async (manager) => {
        const after = AgencyResponse.from(await this.agencies.create(dto, manager));
        return { result: after, change: { action: 'agency.create', entityType: 'agency', entityId: after.id, after } };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async update(actor: Actor, id: string, dto: UpdateAgencyDto): Promise<AgencyResponse> {
    const before = AgencyResponse.from(await this.existing(id));
    if (dto.parentId === id) throw invalidField('parentId', 'an agency cannot be its own parent');
    requireServedProvince(actor, dto.province);
    await this.checkParent(actor, dto.parentId);
    try {
      return await this.audit.change(actor, async (manager) => {
        const updated = await this.agencies.update(id, dto, manager);
        if (!updated) throw new NotFoundException(`agency ${id} not found`);
        const after = AgencyResponse.from(updated);
        return {
          result: after,
          change: { action: 'agency.update', entityType: 'agency', entityId: id, before, after },
        };
      });
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = AgencyResponse.from(await this.existing(id));
    try {
      await this.audit.change(actor, async (manager) => {
        await this.agencies.delete(id, manager);
        return { result: undefined, change: { action: 'agency.delete', entityType: 'agency', entityId: id, before } };
      });
    } catch (error) {
      if (!isForeignKeyViolation(error)) throw error;
      throw new ConflictException(
        `agency ${before.code} is still referenced (users, plans, tasks or sub-agencies); deactivate it instead`,
      );
    }
  }

  private async existing(id: string) {
    const agency = await this.agencies.getById(id);
    if (!agency) throw new NotFoundException(`agency ${id} not found`);
    return agency;
  }

  private async checkParent(actor: Actor, parentId: string | null | undefined): Promise<void> {
    if (!parentId) return;
    const parent = await this.agencies.getById(parentId);
    if (!parent || !servesProvince(actor, parent.province)) throw invalidField('parentId', `no agency ${parentId}`);
  }

  private mapped(error: unknown, code: string | undefined): unknown {
    if (isUniqueViolation(error)) return duplicate('code', `an agency with code ${code ?? ''} already exists`);
    if (isForeignKeyViolation(error)) return invalidField('parentId', 'the parent agency no longer exists');
    return error;
  }
}
