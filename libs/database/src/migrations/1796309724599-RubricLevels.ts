import { MigrationInterface, QueryRunner } from "typeorm";

export class RubricLevels1796309724599 implements MigrationInterface {
    name = 'RubricLevels1796309724599'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "rubric_criterion" ADD "levels" jsonb NOT NULL DEFAULT '[]'`);
        await queryRunner.query(`ALTER TABLE "rubric_criterion" ADD CONSTRAINT "rubric_criterion_levels_list" CHECK (jsonb_typeof("levels") = 'array' AND jsonb_array_length("levels") <= 6)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "rubric_criterion" DROP CONSTRAINT "rubric_criterion_levels_list"`);
        await queryRunner.query(`ALTER TABLE "rubric_criterion" DROP COLUMN "levels"`);
    }

}
