import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { HubEntity } from './hub.entity.js';

@Entity('room')
@Unique('room_hub_name_unique', ['hubId', 'name'])
@Check('room_capacity_positive', '"capacity" > 0')
export class RoomEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  hubId: string;

  @ManyToOne('HubEntity', 'rooms', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'int' })
  capacity: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
