import { MigrationInterface, QueryRunner } from "typeorm";

export class Mentorship1795865359147 implements MigrationInterface {
    name = 'Mentorship1795865359147'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "mentor_profile" ("mentor_id" uuid NOT NULL, "bio" character varying(2000), "expertise" character varying(32) array NOT NULL DEFAULT '{}', "max_mentees" integer NOT NULL DEFAULT '3', CONSTRAINT "mentor_profile_max_mentees_range" CHECK ("max_mentees" BETWEEN 0 AND 50), CONSTRAINT "PK_eb22ff6c0fb4f6f444c51f9671a" PRIMARY KEY ("mentor_id"))`);
        await queryRunner.query(`CREATE TABLE "startup" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hub_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "sector" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "startup_hub_name_unique" UNIQUE ("hub_id", "name"), CONSTRAINT "PK_fc34fd7f4318a675291138e4f1b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "startup_member" ("trainee_id" uuid NOT NULL, "startup_id" uuid NOT NULL, CONSTRAINT "PK_fbf951a107b7ca7d1acdf53d7ee" PRIMARY KEY ("trainee_id"))`);
        await queryRunner.query(`CREATE INDEX "startup_member_startup" ON "startup_member"  ("startup_id") `);
        await queryRunner.query(`CREATE TABLE "startup_mentor" ("startup_id" uuid NOT NULL, "mentor_id" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0286ccaf9986a49b46e62dc50e3" PRIMARY KEY ("startup_id", "mentor_id"))`);
        await queryRunner.query(`CREATE INDEX "startup_mentor_mentor" ON "startup_mentor"  ("mentor_id") `);
        await queryRunner.query(`ALTER TABLE "mentor_profile" ADD CONSTRAINT "FK_eb22ff6c0fb4f6f444c51f9671a" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup" ADD CONSTRAINT "FK_0ccf998bb5a3e8bcfa6923c2a58" FOREIGN KEY ("hub_id") REFERENCES "hub"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup_member" ADD CONSTRAINT "FK_fbf951a107b7ca7d1acdf53d7ee" FOREIGN KEY ("trainee_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup_member" ADD CONSTRAINT "FK_3ddb73dd1fb75c454ce93e9f83f" FOREIGN KEY ("startup_id") REFERENCES "startup"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup_mentor" ADD CONSTRAINT "FK_1729f18d95f3f9052802c3785ab" FOREIGN KEY ("startup_id") REFERENCES "startup"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "startup_mentor" ADD CONSTRAINT "FK_c9434124db1cb620aede58740a3" FOREIGN KEY ("mentor_id") REFERENCES "user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "startup_mentor" DROP CONSTRAINT "FK_c9434124db1cb620aede58740a3"`);
        await queryRunner.query(`ALTER TABLE "startup_mentor" DROP CONSTRAINT "FK_1729f18d95f3f9052802c3785ab"`);
        await queryRunner.query(`ALTER TABLE "startup_member" DROP CONSTRAINT "FK_3ddb73dd1fb75c454ce93e9f83f"`);
        await queryRunner.query(`ALTER TABLE "startup_member" DROP CONSTRAINT "FK_fbf951a107b7ca7d1acdf53d7ee"`);
        await queryRunner.query(`ALTER TABLE "startup" DROP CONSTRAINT "FK_0ccf998bb5a3e8bcfa6923c2a58"`);
        await queryRunner.query(`ALTER TABLE "mentor_profile" DROP CONSTRAINT "FK_eb22ff6c0fb4f6f444c51f9671a"`);
        await queryRunner.query(`DROP INDEX "public"."startup_mentor_mentor"`);
        await queryRunner.query(`DROP TABLE "startup_mentor"`);
        await queryRunner.query(`DROP INDEX "public"."startup_member_startup"`);
        await queryRunner.query(`DROP TABLE "startup_member"`);
        await queryRunner.query(`DROP TABLE "startup"`);
        await queryRunner.query(`DROP TABLE "mentor_profile"`);
    }

}
