import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The sign-ups waiting for approval, by hub: the hub home asks for them on every load, and without
 * this index PostgreSQL read all 13,000 memberships of the hub to find none (hub-scale data: 0.9–1.5 ms).
 */
export class WaitingMembers1796800000000 implements MigrationInterface {
    name = 'WaitingMembers1796800000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "hub_membership_waiting" ON "hub_membership" ("hub_id", "created_at") WHERE "approved_at" IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "hub_membership_waiting"`);
    }
}
