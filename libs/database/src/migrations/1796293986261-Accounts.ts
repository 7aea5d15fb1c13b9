import { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1796293986261 implements MigrationInterface {
    name = 'Accounts1796293986261'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "account_token" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "purpose" character varying(16) NOT NULL, "secret_hash" bytea NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "account_token_purpose_known" CHECK ("purpose" IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'INVITATION')), CONSTRAINT "PK_a55842d3341d42534e39f85e931" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "account_token_user" ON "account_token"  ("user_id") `);
        await queryRunner.query(`ALTER TABLE "user" ADD "email_verified_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "user" ADD "deactivated_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "hub" ADD "signup_approval" boolean NOT NULL DEFAULT false`);
        await queryRunner.query(`ALTER TABLE "hub_membership" ADD "approved_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "refresh_token" ADD "family_expires_at" TIMESTAMP WITH TIME ZONE`);
        // Existing people and memberships were trusted before these checks existed; logins end 90 days after they began.
        await queryRunner.query(`UPDATE "user" SET "email_verified_at" = "created_at"`);
        await queryRunner.query(`UPDATE "hub_membership" SET "approved_at" = "created_at"`);
        await queryRunner.query(
            `UPDATE "refresh_token" t SET "family_expires_at" = f.started + interval '90 days'
               FROM (SELECT "family_id", min("created_at") AS started FROM "refresh_token" GROUP BY "family_id") f
              WHERE f."family_id" = t."family_id"`,
        );
        await queryRunner.query(`ALTER TABLE "refresh_token" ALTER COLUMN "family_expires_at" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "user" ALTER COLUMN "password_hash" DROP NOT NULL`);
        await queryRunner.query(`ALTER TABLE "account_token" ADD CONSTRAINT "FK_ab3c66669facfe429164e60ab82" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "account_token" DROP CONSTRAINT "FK_ab3c66669facfe429164e60ab82"`);
        await queryRunner.query(`ALTER TABLE "user" ALTER COLUMN "password_hash" SET NOT NULL`);
        await queryRunner.query(`ALTER TABLE "refresh_token" DROP COLUMN "family_expires_at"`);
        await queryRunner.query(`ALTER TABLE "hub_membership" DROP COLUMN "approved_at"`);
        await queryRunner.query(`ALTER TABLE "hub" DROP COLUMN "signup_approval"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "deactivated_at"`);
        await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "email_verified_at"`);
        await queryRunner.query(`DROP INDEX "public"."account_token_user"`);
        await queryRunner.query(`DROP TABLE "account_token"`);
    }

}
