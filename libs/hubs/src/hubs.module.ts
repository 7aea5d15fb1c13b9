import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HubEntity } from './hub.entity.js';
import { HubsService } from './hubs.service.js';
import { RoomEntity } from './room.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([HubEntity, RoomEntity])],
  providers: [HubsService],
  exports: [HubsService],
})
export class HubsModule {}
