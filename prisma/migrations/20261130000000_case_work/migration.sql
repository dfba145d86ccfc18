-- Cases run from chat (issue 16): a regie hand-over waits for the receiver's answer, and a
-- closed case says how it ended (a fixed list: no free text about the citizen).
ALTER TABLE "Case" ADD COLUMN "regieOfferToId" TEXT;
ALTER TABLE "Case" ADD COLUMN "regieOfferById" TEXT;
ALTER TABLE "Case" ADD COLUMN "outcome" TEXT;
