-- Weekly digest (issue 7): the digest reaches a wijk's "live" cases (open, or opened or closed
-- this week) through Case(wijkId, status) and these two, so it never scans closed history.
CREATE INDEX "Case_wijkId_openedOn_idx" ON "Case"("wijkId", "openedOn");
CREATE INDEX "Case_wijkId_closedOn_idx" ON "Case"("wijkId", "closedOn");
