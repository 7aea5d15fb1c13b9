import { MigrationInterface, QueryRunner } from "typeorm";

export class Notifications1796393081418 implements MigrationInterface {
    name = 'Notifications1796393081418'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "topic" character varying(100) NOT NULL, "dedupe_key" character varying(200) NOT NULL, "params" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, "email_state" character varying(16) NOT NULL, "emailed_at" TIMESTAMP WITH TIME ZONE, "email_error" character varying(100), "email_retries" integer NOT NULL DEFAULT '0', CONSTRAINT "notification_once" UNIQUE ("user_id", "dedupe_key"), CONSTRAINT "notification_email_state_known" CHECK ("email_state" IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notification_failed" ON "notification"  ("email_state") WHERE "email_state" = 'FAILED'`);
        await queryRunner.query(`CREATE INDEX "notification_topic" ON "notification"  ("topic", "user_id") `);
        await queryRunner.query(`CREATE INDEX "notification_inbox" ON "notification"  ("user_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "notification_opt_out" ("user_id" uuid NOT NULL, "category" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d26ed6de373a47259eb3708829e" PRIMARY KEY ("user_id", "category"))`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD "failed_at" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD "error" character varying(100)`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD "recipient_id" uuid`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD "retry_job" jsonb`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD "retries" integer NOT NULL DEFAULT '0'`);
        await queryRunner.query(`CREATE INDEX "email_delivery_failed" ON "email_delivery"  ("created_at") WHERE "failed_at" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD CONSTRAINT "email_delivery_failed_has_job" CHECK ("failed_at" IS NULL OR ("retry_job" IS NOT NULL AND "recipient_id" IS NOT NULL))`);
        await queryRunner.query(`ALTER TABLE "email_delivery" ADD CONSTRAINT "FK_475f7910a1cc1ca1887778a4f5e" FOREIGN KEY ("recipient_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "notification_opt_out" ADD CONSTRAINT "FK_2261eaa3ec7cf18db09393e7b0c" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "notification_opt_out" DROP CONSTRAINT "FK_2261eaa3ec7cf18db09393e7b0c"`);
        await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP CONSTRAINT "FK_475f7910a1cc1ca1887778a4f5e"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP CONSTRAINT "email_delivery_failed_has_job"`);
        await queryRunner.query(`DROP INDEX "public"."email_delivery_failed"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "retries"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "retry_job"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "recipient_id"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "error"`);
        await queryRunner.query(`ALTER TABLE "email_delivery" DROP COLUMN "failed_at"`);
        await queryRunner.query(`DROP TABLE "notification_opt_out"`);
        await queryRunner.query(`DROP INDEX "public"."notification_inbox"`);
        await queryRunner.query(`DROP INDEX "public"."notification_topic"`);
        await queryRunner.query(`DROP INDEX "public"."notification_failed"`);
        await queryRunner.query(`DROP TABLE "notification"`);
    }

}
