import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '@dondoc/auth';
import { TemporalClient } from '@dondoc/temporal';
import { HealthResponse } from './health.response';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly temporal: TemporalClient,
  ) {}

  @Get()
  @ApiOkResponse({ type: HealthResponse, description: 'PostgreSQL and Temporal both answer' })
  @ApiServiceUnavailableResponse({ type: HealthResponse, description: 'At least one dependency is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [postgres, temporal] = await Promise.all([this.postgresIsUp(), this.temporal.isServing()]);
    const health: HealthResponse = {
      status: postgres && temporal ? 'ok' : 'degraded',
      checks: { postgres: postgres ? 'up' : 'down', temporal: temporal ? 'up' : 'down' },
    };
    response.status(health.status === 'ok' ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return health;
  }

  private async postgresIsUp(): Promise<boolean> {
    try {
      await this.dataSource.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }
}
