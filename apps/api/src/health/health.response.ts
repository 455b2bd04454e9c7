import { ApiProperty } from '@nestjs/swagger';

class HealthChecks {
  @ApiProperty({ enum: ['up', 'down'] })
  postgres!: 'up' | 'down';

  @ApiProperty({ enum: ['up', 'down'] })
  temporal!: 'up' | 'down';
}

export class HealthResponse {
  @ApiProperty({ enum: ['ok', 'degraded'] })
  status!: 'ok' | 'degraded';

  @ApiProperty({ type: HealthChecks })
  checks!: HealthChecks;
}
