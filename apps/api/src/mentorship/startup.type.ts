import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StartupEntity } from '@sanggar/mentorship';

@ObjectType('Startup')
export class StartupType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  sector: string;

  hubId: string;
}

export const toStartupType = (startup: StartupEntity): StartupType => ({
  id: startup.id,
  name: startup.name,
  sector: startup.sector,
  hubId: startup.hubId,
});
