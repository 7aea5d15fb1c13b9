import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { HubEntity } from '@sanggar/hubs';
import { UserEntity } from './user.entity.js';

/** A person belongs to one or more hubs; their role applies within them. */
@Entity('hub_membership')
@Index('hub_membership_hub', ['hubId'])
// A hub's sign-ups waiting for approval, oldest first (created by migration: partial).
@Index('hub_membership_waiting', { synchronize: false })
export class HubMembershipEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  hubId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  /** Null while a self-registered trainee waits for a coordinator of a hub that approves sign-ups. */
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
