import { MigrationInterface, QueryRunner } from "typeorm";

/** The member directory searches by part of a name or email: trigram indexes keep that fast on 13,000 members. */
export class MemberSearch1796310000000 implements MigrationInterface {
    name = 'MemberSearch1796310000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE INDEX "user_full_name_trgm" ON "user" USING gin (lower("full_name") gin_trgm_ops)`);
        await queryRunner.query(`CREATE INDEX "user_email_trgm" ON "user" USING gin ("email" gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "user_email_trgm"`);
        await queryRunner.query(`DROP INDEX "user_full_name_trgm"`);
    }
}
