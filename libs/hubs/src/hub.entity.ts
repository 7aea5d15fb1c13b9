import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { RoomEntity } from './room.entity.js';

@Entity('hub')
export class HubEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120, unique: true })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  city: string;

  /** IANA zone; validated in the service (Postgres has no check for it). */
  @Column({ type: 'varchar', length: 64, default: 'Asia/Jakarta' })
  timezone: string;

  /** Self-registered trainees see nothing of the hub until a coordinator approves them. */
  @Column({ type: 'boolean', default: false })
  signupApproval: boolean;

  @OneToMany('RoomEntity', 'hub')
  rooms: Relation<RoomEntity[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
