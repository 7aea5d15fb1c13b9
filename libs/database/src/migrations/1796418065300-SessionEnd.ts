import { MigrationInterface, QueryRunner } from "typeorm";

export class SessionEnd1796418065300 implements MigrationInterface {
    name = 'SessionEnd1796418065300'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "session_end" ON "session"  ("ends_at") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."session_end"`);
    }

}
