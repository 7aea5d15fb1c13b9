import { MigrationInterface, QueryRunner } from "typeorm";

/** The directory lists a hub's members A to Z by lower(full_name), id: an index in that order spares sorting 13,000 rows a page. */
export class MemberOrder1796320000000 implements MigrationInterface {
    name = 'MemberOrder1796320000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "user_sort_name" ON "user" (lower("full_name"), "id")`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "user_sort_name"`);
    }
}
