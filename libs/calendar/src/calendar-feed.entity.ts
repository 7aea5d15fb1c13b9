import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '@sanggar/identity';

/**
 * A person's private calendar feed. The URL's token is an HMAC of the user id and this version,
 * so it can be shown again at any time; revoking bumps the version and kills every old URL.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'int', default: 1 })
  version: number;
}
