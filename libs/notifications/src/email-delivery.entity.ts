import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** One row per email that must go out once; its key makes a repeated job a no-op. */
@Entity('email_delivery')
export class EmailDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  key: string;

  @Column({ type: 'varchar', length: 64 })
  template: string;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
