-- CreateTable
CREATE TABLE "DirectoryEdit" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "previous" JSONB NOT NULL,
    "byId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,

    CONSTRAINT "DirectoryEdit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DirectoryFieldSource" (
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "editId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "byId" TEXT NOT NULL,

    CONSTRAINT "DirectoryFieldSource_pkey" PRIMARY KEY ("entity","entityId","field")
);

-- CreateIndex
CREATE INDEX "DirectoryEdit_entity_entityId_at_idx" ON "DirectoryEdit"("entity", "entityId", "at");
