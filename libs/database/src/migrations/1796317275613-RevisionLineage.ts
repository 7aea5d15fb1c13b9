import { MigrationInterface, QueryRunner } from "typeorm";

export class RevisionLineage1796317275613 implements MigrationInterface {
    name = 'RevisionLineage1796317275613'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "curriculum_module" ADD "copied_from_id" uuid`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD "copied_from_id" uuid`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD "copied_from_id" uuid`);
        await queryRunner.query(`ALTER TABLE "curriculum_module" ADD CONSTRAINT "FK_67dcd54ff9330147983fbccaf97" FOREIGN KEY ("copied_from_id") REFERENCES "curriculum_module"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "assignment" ADD CONSTRAINT "FK_37202f7795f11cefc2991fc8dbc" FOREIGN KEY ("copied_from_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "lesson" ADD CONSTRAINT "FK_0533daef57faf3e457f20a6914b" FOREIGN KEY ("copied_from_id") REFERENCES "lesson"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        // Revisions made before this column: until now a copy kept every position, so positions name the source.
        await queryRunner.query(`UPDATE "curriculum_module" n SET "copied_from_id" = o."id"
            FROM "curriculum" c JOIN "curriculum" p ON p."lineage_id" = c."lineage_id" AND p."version" = c."version" - 1
            JOIN "curriculum_module" o ON o."curriculum_id" = p."id"
            WHERE n."curriculum_id" = c."id" AND o."position" = n."position"`);
        for (const table of ['lesson', 'assignment'])
            await queryRunner.query(`UPDATE "${table}" n SET "copied_from_id" = o."id"
                FROM "curriculum_module" m JOIN "${table}" o ON o."module_id" = m."copied_from_id"
                WHERE n."module_id" = m."id" AND o."position" = n."position"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "lesson" DROP CONSTRAINT "FK_0533daef57faf3e457f20a6914b"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_37202f7795f11cefc2991fc8dbc"`);
        await queryRunner.query(`ALTER TABLE "curriculum_module" DROP CONSTRAINT "FK_67dcd54ff9330147983fbccaf97"`);
        await queryRunner.query(`ALTER TABLE "lesson" DROP COLUMN "copied_from_id"`);
        await queryRunner.query(`ALTER TABLE "assignment" DROP COLUMN "copied_from_id"`);
        await queryRunner.query(`ALTER TABLE "curriculum_module" DROP COLUMN "copied_from_id"`);
    }

}
