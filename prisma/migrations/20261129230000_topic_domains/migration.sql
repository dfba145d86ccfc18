-- Topics name the life domains of the care thesaurus they serve (issue 18); empty = inferred
-- from the topic's names and synonyms.
ALTER TABLE "Topic" ADD COLUMN "domains" TEXT[] DEFAULT ARRAY[]::TEXT[];
