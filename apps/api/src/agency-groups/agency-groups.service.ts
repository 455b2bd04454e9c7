import { Injectable, NotFoundException } from '@nestjs/common';
import { type Actor, servesProvince } from '@dondoc/auth';
import {
  AgencyGroupRepository,
  type AgencyGroupEntity,
  AgencyRepository,
  isForeignKeyViolation,
  isUniqueViolation,
  type Page,
} from '@dondoc/persistence';
import { AuditTrail } from '../audit/audit-trail';
import { mapPage } from '../http/pagination';
import { duplicate, invalidField } from '../http/problems';
import { listedProvince, requireServedProvince } from '../http/provinces';
import { AgencyGroupDetailResponse, AgencyGroupResponse } from './agency-group.response';
import { type CreateAgencyGroupDto } from './create-agency-group.dto';
import { type ListAgencyGroupsQuery } from './list-agency-groups.query';
import { type UpdateAgencyGroupDto } from './update-agency-group.dto';

@Injectable()
export class AgencyGroupsService {
  constructor(
    private readonly groups: AgencyGroupRepository,
    private readonly agencies: AgencyRepository,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: ListAgencyGroupsQuery): Promise<Page<AgencyGroupResponse>> {
    const province = listedProvince(actor, query.province);
    return mapPage(await this.groups.search({ ...query, province }), AgencyGroupResponse.from);
  }

  async get(_actor: Actor, id: string): Promise<AgencyGroupDetailResponse> {
    return this.detail(await this.existing(id));
  }

  async create(actor: Actor, dto: CreateAgencyGroupDto): Promise<AgencyGroupDetailResponse> {
    requireServedProvince(actor, dto.province);
    const memberIds = await this.checkedMembers(actor, dto.memberIds ?? []);
    try {
      const group = await this.audit.change(actor, async (manager) => {
        const created = await this.groups.create({ ...dto, memberIds }, manager);
        const after = { ...AgencyGroupResponse.from(created), memberIds };
        return {
          result: created,
          change: { action: 'agency_group.create', entityType: 'agency_group', entityId: created.id, after },
        };
      });
      return await this.detail(group);
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async update(actor: Actor, id: string, dto: UpdateAgencyGroupDto): Promise<AgencyGroupDetailResponse> {
    requireServedProvince(actor, dto.province);
    const current = await this.existing(id);
    const before = { ...AgencyGroupResponse.from(current), memberIds: await this.memberIds(id) };
    const memberIds = dto.memberIds && (await this.checkedMembers(actor, dto.memberIds));
    try {
      const group = await this.audit.change(actor, async (manager) => {
        const updated = await this.groups.update(id, { ...dto, memberIds }, manager);
        if (!updated) throw new NotFoundException(`agency group ${id} not found`);
        const after = { ...AgencyGroupResponse.from(updated), memberIds: memberIds ?? before.memberIds };
        return {
          result: updated,
          change: { action: 'agency_group.update', entityType: 'agency_group', entityId: id, before, after },
        };
      });
      return await this.detail(group);
    } catch (error) {
      throw this.mapped(error, dto.code);
    }
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const before = { ...AgencyGroupResponse.from(await this.existing(id)), memberIds: await this.memberIds(id) };
    await this.audit.change(actor, async (manager) => {
      await this.groups.delete(id, manager);
      return {
        result: undefined,
        change: { action: 'agency_group.delete', entityType: 'agency_group', entityId: id, before },
      };
    });
  }

  private async existing(id: string): Promise<AgencyGroupEntity> {
    const group = await this.groups.getById(id);
    if (!group) throw new NotFoundException(`agency group ${id} not found`);
    return group;
  }

  private async detail(group: AgencyGroupEntity): Promise<AgencyGroupDetailResponse> {
    return AgencyGroupDetailResponse.withMembers(group, await this.groups.listMembers(group.id));
  }

  private async memberIds(groupId: string): Promise<string[]> {
    return (await this.groups.listMembers(groupId)).map((agency) => agency.id);
  }

  private async checkedMembers(actor: Actor, ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    const agencies = await this.agencies.findByIds(unique);
    const found = new Set(agencies.filter((agency) => servesProvince(actor, agency.province)).map(({ id }) => id));
    const unknown = unique.filter((id) => !found.has(id));
    if (unknown.length > 0) throw invalidField('memberIds', `no agency ${unknown.join(', ')}`);
    return unique;
  }

  private mapped(error: unknown, code: string | undefined): unknown {
    if (isUniqueViolation(error)) return duplicate('code', `an agency group with code ${code ?? ''} already exists`);
    if (isForeignKeyViolation(error)) return invalidField('memberIds', 'a member agency no longer exists');
    return error;
  }
}
