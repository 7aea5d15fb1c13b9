import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { UserEntity } from '@sanggar/identity';

/**
 * A person's private calendar feed. The URL's token carries a random secret stored only as its hash:
 * the URL is shown once, when made, and keeps working whatever happens to the api's own secrets;
 * making a new one kills the old.
 */
@Entity('calendar_feed')
export class CalendarFeedEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity>;

  @Column({ type: 'bytea' })
  secretHash: Buffer;
}
